package org.scimspace.remotesource.sync;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.util.Collection;
import java.util.List;

import org.scimspace.remotesource.entity.RemoteSource;
import org.scimspace.workspace.control.WorkspaceSync;

/**
 * The row locks of everything that writes a source's remote users or a workspace's synced
 * members, always in this order: the remote sources (by id), then the workspace, then (if at
 * all) the connection row. Workspaces that share a source share its remote users, so their
 * runs apply one after the other under the source's lock instead of inserting one new user
 * twice or removing a user that the other run is adding. Every change of a connection's
 * source, and its removal, holds the workspace's lock (connecting and disconnecting here,
 * deleting the workspace in the workspace component, which takes the source's lock before it
 * on its {@code WorkspaceDeleting} event), so what {@link #connectedSource} and
 * {@link #connectedFile} read under these locks stays true until the transaction ends.
 */
public final class SyncLocks {

    private SyncLocks() {}

    /**
     * Locks these sources (unknown ids are ignored; there may be none) and then the workspace,
     * until the transaction ends.
     */
    public static void lock(EntityManager em, Collection<String> sourceIds, String workspaceId) {
        if (!sourceIds.isEmpty()) {
            em.createQuery("select s from RemoteSource s where s.id in :ids order by s.id", RemoteSource.class)
                    .setParameter("ids", List.copyOf(sourceIds))
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultList();
        }
        new WorkspaceSync(em).lock(List.of(workspaceId));
    }

    /** The source the workspace's connection names, from the database; null when it has none. */
    public static String connectedSource(EntityManager em, String tenantId, String workspaceId) {
        ConnectedFile connected = connectedFile(em, tenantId, workspaceId);
        return connected == null ? null : connected.sourceId();
    }

    /** The source and file path the workspace's connection names, from the database; null when it has none. */
    public static ConnectedFile connectedFile(EntityManager em, String tenantId, String workspaceId) {
        return em.createQuery(
                        "select c.sourceId, c.filePath from SourceConnection c where c.workspaceId = :workspace"
                                + " and c.tenantId = :tenant",
                        Object[].class)
                .setParameter("workspace", workspaceId)
                .setParameter("tenant", tenantId)
                .getResultStream()
                .findFirst()
                .map(row -> new ConnectedFile((String) row[0], (String) row[1]))
                .orElse(null);
    }

    /** A connection's source and the path of its file there. */
    public record ConnectedFile(String sourceId, String path) {}
}
