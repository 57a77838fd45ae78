package org.scimspace.workspace.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.scimspace.common.Chunks;
import org.scimspace.common.Timestamps;
import org.scimspace.workspace.entity.Workspace;

/**
 * The membership rules as set-based SQL (product rules 4, 5 and 7): a user belongs to a
 * connected workspace while active and in one of its limit groups, while added by hand, or
 * while the workspace's remote source lists the user.
 * Each method touches only the (workspace, user) pairs it is asked about, or recomputes one
 * workspace in a few statements whatever its size. Native SQL with bound parameters only,
 * because JPA 3.1 has neither INSERT … SELECT nor joins of unrelated entities.
 */
public class WorkspaceSync {

    /** Bounded IN lists: every database takes this many bound parameters. */
    static final int CHUNK = 500;

    /**
     * From a limit {@code l} to the users it grants: active users in the group whose externalId
     * the limit names. Written out at each use so that the database can drive it from the
     * candidate ids through the membership indexes.
     */
    static final String GRANTS = " join scim_group g on g.tenant_id = l.tenant_id"
            + " and g.external_id_key = l.object_id"
            + " join group_member gm on gm.group_id = g.id and gm.member_type = 'User'"
            + " join scim_user u on u.id = gm.member_id and u.active = true";

    private final EntityManager em;

    public WorkspaceSync(EntityManager em) {
        this.em = em;
    }

    /**
     * Locks the workspaces of an account whose limits name this group object ID, in id order
     * so that concurrent changes never deadlock; empty for a null id.
     */
    public List<Workspace> lockLimitedBy(String tenantId, String objectId) {
        if (objectId == null) {
            return List.of();
        }
        List<String> ids = em.createQuery(
                        "select distinct l.workspaceId from GroupLimit l where l.tenantId = :tenant"
                                + " and l.objectId = :objectId",
                        String.class)
                .setParameter("tenant", tenantId)
                .setParameter("objectId", objectId.toLowerCase(Locale.ROOT))
                .getResultList();
        return lock(ids);
    }

    /** Locks these workspaces, in id order. */
    public List<Workspace> lock(List<String> workspaceIds) {
        if (workspaceIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select w from Workspace w where w.id in :ids order by w.id", Workspace.class)
                .setParameter("ids", workspaceIds)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    /**
     * Adds the users the limits grant who are not members yet, as participants; only among
     * {@code candidates} when given (null: all). Answers who joined.
     */
    public List<String> join(Workspace workspace, List<String> candidates) {
        List<String> joiners = select(
                "select distinct gm.member_id from group_limit l" + GRANTS + " where l.workspace_id = ?1"
                        + " and not exists (select 1 from workspace_member m where m.workspace_id = ?1"
                        + " and m.user_id = gm.member_id)",
                "gm.member_id",
                workspace.getId(),
                candidates);
        long since = ChronoUnit.MICROS.between(Instant.EPOCH, Timestamps.now());
        for (List<String> chunk : Chunks.of(joiners, CHUNK)) {
            Query insert = em.createNativeQuery("insert into workspace_member"
                    + " (workspace_id, user_id, tenant_id, role, manual, synced, since)"
                    + " select ?1, u.id, ?2, 'PARTICIPANT', false, false, ?3 from scim_user u where u.id in ("
                    + NativeParameters.placeholders(4, chunk.size()) + ")");
            insert.setParameter(1, workspace.getId())
                    .setParameter(2, workspace.getTenantId())
                    .setParameter(3, since);
            NativeParameters.bind(insert, 4, chunk).executeUpdate();
        }
        return joiners;
    }

    /**
     * Removes the members the limits no longer grant, unless added by hand or listed by the
     * remote source; only among {@code candidates} when given (null: all). Answers who left.
     */
    public List<String> leave(Workspace workspace, List<String> candidates) {
        List<String> leavers = select(
                "select m.user_id from workspace_member m where m.workspace_id = ?1 and m.manual = false"
                        + " and m.synced = false"
                        + " and not exists (select 1 from group_limit l" + GRANTS + " where l.workspace_id = ?1"
                        + " and gm.member_id = m.user_id)",
                "m.user_id",
                workspace.getId(),
                candidates);
        deleteMembers(workspace.getId(), leavers);
        return leavers;
    }

    /** Product rule 7: a deactivated or deleted user leaves every workspace, manual ones too. */
    public List<String> leaveAll(String tenantId, String userId) {
        List<String> workspaceIds = em.createQuery(
                        "select m.workspaceId from WorkspaceMember m where m.tenantId = :tenant"
                                + " and m.userId = :user order by m.workspaceId",
                        String.class)
                .setParameter("tenant", tenantId)
                .setParameter("user", userId)
                .getResultList();
        lock(workspaceIds);
        em.createQuery("delete from WorkspaceMember m where m.tenantId = :tenant and m.userId = :user")
                .setParameter("tenant", tenantId)
                .setParameter("user", userId)
                .executeUpdate();
        new ProfileValues(em).removeUser(tenantId, userId);
        return workspaceIds;
    }

    /** The workspaces whose limit groups hold this user: where a re-activated user returns. */
    @SuppressWarnings("unchecked")
    public List<Workspace> lockGranting(String tenantId, String userId) {
        List<String> ids = em.createNativeQuery("select distinct l.workspace_id from group_limit l"
                        + " join scim_group g on g.tenant_id = l.tenant_id and g.external_id_key = l.object_id"
                        + " join group_member gm on gm.group_id = g.id and gm.member_id = ?2"
                        + " where l.tenant_id = ?1")
                .setParameter(1, tenantId)
                .setParameter(2, userId)
                .getResultList();
        return lock(ids);
    }

    private void deleteMembers(String workspaceId, List<String> userIds) {
        new ProfileValues(em).removeMembers(workspaceId, userIds);
        for (List<String> chunk : Chunks.of(userIds, CHUNK)) {
            Query delete = em.createNativeQuery("delete from workspace_member where workspace_id = ?1 and user_id in ("
                    + NativeParameters.placeholders(2, chunk.size()) + ")");
            delete.setParameter(1, workspaceId);
            NativeParameters.bind(delete, 2, chunk).executeUpdate();
        }
    }

    /** Runs {@code sql} for the workspace, restricted to the candidates in chunks when given. */
    @SuppressWarnings("unchecked")
    private List<String> select(String sql, String idColumn, String workspaceId, List<String> candidates) {
        if (candidates == null) {
            return em.createNativeQuery(sql).setParameter(1, workspaceId).getResultList();
        }
        List<String> result = new ArrayList<>();
        for (List<String> chunk : Chunks.of(candidates, CHUNK)) {
            Query query = em.createNativeQuery(
                    sql + " and " + idColumn + " in (" + NativeParameters.placeholders(2, chunk.size()) + ")");
            query.setParameter(1, workspaceId);
            result.addAll(NativeParameters.bind(query, 2, chunk).getResultList());
        }
        return result;
    }
}
