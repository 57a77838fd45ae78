package org.scimspace.workspace.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scimspace.common.Chunks;
import org.scimspace.workspace.entity.ProfileField;

/**
 * The profile fields of a workspace and its members' values, read and replaced in bound
 * chunks so that a file of 100,000 rows never holds an entity per value.
 */
public class ProfileValues {

    /** Rows per multi-row INSERT: six bound values each (see AuditLog on statement size). */
    static final int INSERT_CHUNK = 80;

    /** Users per DELETE, leaving room in the statement for a workspace's fields (at most 50). */
    static final int USER_CHUNK = 400;

    private final EntityManager em;

    public ProfileValues(EntityManager em) {
        this.em = em;
    }

    /** The workspace's fields in their order. */
    public List<ProfileFieldView> fields(String workspaceId) {
        return em.createQuery(
                        "select f from ProfileField f where f.workspaceId = :workspace order by f.order",
                        ProfileField.class)
                .setParameter("workspace", workspaceId)
                .getResultStream()
                .map(f -> new ProfileFieldView(f.getId(), f.getName(), f.getType(), f.getAllowedValues()))
                .toList();
    }

    /** The values of these members by user id, then field id, in their order. */
    @SuppressWarnings("unchecked")
    public Map<String, Map<String, List<String>>> of(String workspaceId, Collection<String> userIds) {
        Map<String, Map<String, List<String>>> values = new HashMap<>();
        for (List<String> chunk : Chunks.of(List.copyOf(userIds), WorkspaceSync.CHUNK)) {
            Query query = em.createNativeQuery("select user_id, field_id, field_value from profile_value"
                    + " where workspace_id = ?1 and user_id in (" + NativeParameters.placeholders(2, chunk.size())
                    + ") order by user_id, field_id, value_index");
            query.setParameter(1, workspaceId);
            for (Object[] row :
                    (List<Object[]>) NativeParameters.bind(query, 2, chunk).getResultList()) {
                values.computeIfAbsent((String) row[0], k -> new LinkedHashMap<>())
                        .computeIfAbsent((String) row[1], k -> new ArrayList<>())
                        .add((String) row[2]);
            }
        }
        return values;
    }

    /**
     * Replaces the values of these fields for the members named: each member's values by
     * field id; a field left out or empty has no value afterwards.
     */
    public void replace(
            String tenantId,
            String workspaceId,
            List<String> fieldIds,
            Map<String, Map<String, List<String>>> valuesByUser) {
        if (fieldIds.isEmpty() || valuesByUser.isEmpty()) {
            return;
        }
        List<String> userIds = List.copyOf(valuesByUser.keySet());
        for (List<String> chunk : Chunks.of(userIds, USER_CHUNK)) {
            Query delete = em.createNativeQuery("delete from profile_value where workspace_id = ?1 and field_id in ("
                    + NativeParameters.placeholders(2, fieldIds.size()) + ") and user_id in ("
                    + NativeParameters.placeholders(2 + fieldIds.size(), chunk.size()) + ")");
            delete.setParameter(1, workspaceId);
            NativeParameters.bind(delete, 2, fieldIds);
            NativeParameters.bind(delete, 2 + fieldIds.size(), chunk).executeUpdate();
        }
        List<Object[]> rows = new ArrayList<>();
        valuesByUser.forEach((userId, byField) -> byField.forEach((fieldId, values) -> {
            for (int i = 0; i < values.size(); i++) {
                rows.add(new Object[] {userId, fieldId, i, values.get(i)});
            }
        }));
        for (List<Object[]> chunk : Chunks.of(rows, INSERT_CHUNK)) {
            insert(tenantId, workspaceId, chunk);
        }
    }

    /** Removes the values of users who are no longer members of the workspace. */
    public int removeFormerMembers(String workspaceId) {
        return em.createNativeQuery("delete from profile_value where workspace_id = ?1 and not exists"
                        + " (select 1 from workspace_member m where m.workspace_id = profile_value.workspace_id"
                        + " and m.user_id = profile_value.user_id)")
                .setParameter(1, workspaceId)
                .executeUpdate();
    }

    private void insert(String tenantId, String workspaceId, List<Object[]> rows) {
        StringBuilder sql = new StringBuilder(
                "insert into profile_value (workspace_id, user_id, field_id, value_index, tenant_id, field_value) values ");
        List<Object> values = new ArrayList<>();
        values.add(workspaceId);
        values.add(tenantId);
        for (Object[] row : rows) {
            sql.append(values.size() == 2 ? "" : ", ")
                    .append("(?1, ?")
                    .append(values.size() + 1)
                    .append(", ?")
                    .append(values.size() + 2)
                    .append(", ?")
                    .append(values.size() + 3)
                    .append(", ?2, ?")
                    .append(values.size() + 4)
                    .append(')');
            values.add(row[0]);
            values.add(row[1]);
            values.add(row[2]);
            values.add(row[3]);
        }
        NativeParameters.bind(em.createNativeQuery(sql.toString()), 1, values).executeUpdate();
    }
}
