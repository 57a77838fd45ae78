package org.scimspace.workspace.control;

import jakarta.persistence.EntityManager;

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
 * chunks so that a file of 100,000 rows never holds an entity per value. A member's values
 * go with the membership.
 */
public class ProfileValues {

    /** Rows per multi-row INSERT, four bound values each (see SyncedMemberships on statement size). */
    static final int INSERT_CHUNK = 25;

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
    public Map<String, Map<String, List<String>>> of(String workspaceId, Collection<String> userIds) {
        Map<String, Map<String, List<String>>> values = new HashMap<>();
        for (List<String> chunk : Chunks.of(List.copyOf(userIds), WorkspaceSync.CHUNK)) {
            em.createQuery(
                            "select v.userId, v.fieldId, v.fieldValue from ProfileValue v"
                                    + " where v.workspaceId = :workspace and v.userId in :users"
                                    + " order by v.userId, v.fieldId, v.valueIndex",
                            Object[].class)
                    .setParameter("workspace", workspaceId)
                    .setParameter("users", chunk)
                    .getResultList()
                    .forEach(row -> values.computeIfAbsent((String) row[0], k -> new LinkedHashMap<>())
                            .computeIfAbsent((String) row[1], k -> new ArrayList<>())
                            .add((String) row[2]));
        }
        return values;
    }

    /**
     * Replaces the values of the members named: each member's complete values by field id,
     * in order; whatever is not listed is removed.
     */
    public void replace(String tenantId, String workspaceId, Map<String, Map<String, List<String>>> valuesByUser) {
        removeMembers(workspaceId, List.copyOf(valuesByUser.keySet()));
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

    /** Removes the values of these users in the workspace: they left it, or get new ones. */
    public void removeMembers(String workspaceId, List<String> userIds) {
        for (List<String> chunk : Chunks.of(userIds, WorkspaceSync.CHUNK)) {
            em.createQuery("delete from ProfileValue v where v.userId in :users and v.workspaceId = :workspace")
                    .setParameter("users", chunk)
                    .setParameter("workspace", workspaceId)
                    .executeUpdate();
        }
    }

    /** Removes the values of a user in every workspace of the account: the user left them all (rule 7). */
    public void removeUser(String tenantId, String userId) {
        em.createQuery("delete from ProfileValue v where v.userId = :user and v.tenantId = :tenant")
                .setParameter("user", userId)
                .setParameter("tenant", tenantId)
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
