package org.scimspace.workspace.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.scimspace.common.Chunks;
import org.scimspace.common.Timestamps;
import org.scimspace.workspace.entity.Workspace;

/**
 * The reason "the workspace's remote source lists the user" of product rule 5, given and
 * taken in bound chunks of user ids, whatever the size of the file. A membership that exists
 * already only gains or loses the reason: its role stays (rule 3). Losing it ends the
 * membership unless the user was added by hand or a limit group grants it.
 */
public class SyncedMemberships {

    /**
     * Rows per multi-row INSERT. EclipseLink prepares a native statement in time that grows
     * with the square of its bound values, so many small statements beat a few large ones;
     * reads and bulk updates go through JPQL, which binds a list as one parameter.
     */
    static final int INSERT_CHUNK = 50;

    private final EntityManager em;

    public SyncedMemberships(EntityManager em) {
        this.em = em;
    }

    /** The memberships these users have in the workspace; users without one are left out. */
    public Map<String, MemberState> states(String workspaceId, Collection<String> userIds) {
        Map<String, MemberState> states = new HashMap<>();
        for (List<String> chunk : Chunks.of(List.copyOf(userIds), WorkspaceSync.CHUNK)) {
            em.createQuery(
                            "select m.userId, m.manual, m.synced from WorkspaceMember m"
                                    + " where m.workspaceId = :workspace and m.userId in :users",
                            Object[].class)
                    .setParameter("workspace", workspaceId)
                    .setParameter("users", chunk)
                    .getResultList()
                    .forEach(row -> states.put((String) row[0], new MemberState((Boolean) row[1], (Boolean) row[2])));
        }
        return states;
    }

    /** New members that the remote source lists, as participants (rule 3). None of them may be a member yet. */
    public void add(Workspace workspace, List<String> userIds) {
        long since = ChronoUnit.MICROS.between(Instant.EPOCH, Timestamps.now());
        for (List<String> chunk : Chunks.of(userIds, INSERT_CHUNK)) {
            StringBuilder sql = new StringBuilder("insert into workspace_member"
                    + " (workspace_id, user_id, tenant_id, role, manual, synced, since) values ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ")
                        .append("(?1, ?")
                        .append(i + 4)
                        .append(", ?2, 'PARTICIPANT', false, true, ?3)");
            }
            Query insert = em.createNativeQuery(sql.toString());
            insert.setParameter(1, workspace.getId())
                    .setParameter(2, workspace.getTenantId())
                    .setParameter(3, since);
            NativeParameters.bind(insert, 4, chunk).executeUpdate();
        }
    }

    /** Members that the remote source now lists as well. */
    public void markSynced(String workspaceId, List<String> userIds) {
        setSynced(workspaceId, userIds, true);
    }

    /** Every member that the workspace's remote source lists. */
    public List<String> synced(String workspaceId) {
        return em.createQuery(
                        "select m.userId from WorkspaceMember m where m.workspaceId = :workspace and m.synced = true",
                        String.class)
                .setParameter("workspace", workspaceId)
                .getResultList();
    }

    /** The remote source no longer lists these members: answers those who left, the others stay for another reason. */
    public List<String> revoke(Workspace workspace, List<String> userIds) {
        setSynced(workspace.getId(), userIds, false);
        return new WorkspaceSync(em).leave(workspace, userIds);
    }

    private void setSynced(String workspaceId, List<String> userIds, boolean synced) {
        for (List<String> chunk : Chunks.of(userIds, WorkspaceSync.CHUNK)) {
            em.createQuery("update WorkspaceMember m set m.synced = :synced"
                            + " where m.workspaceId = :workspace and m.userId in :users")
                    .setParameter("synced", synced)
                    .setParameter("workspace", workspaceId)
                    .setParameter("users", chunk)
                    .executeUpdate();
        }
    }
}
