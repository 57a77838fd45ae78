package org.scimspace.remotesource.sync;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.scimspace.audit.AuditLog;
import org.scimspace.storage.DatabaseProduct;
import org.scimspace.workspace.event.WorkspaceDeleted;

/**
 * Makes a workspace's participants synced from one remote source match a CSV file, all or
 * nothing, in the caller's transaction (or a new one). Each change is a line of the
 * provisioning log under the request's actor.
 *
 * <p>A file that fails validation, or a run whose workspace no longer follows the source when
 * it comes to apply the file, changes nothing and leaves the transaction alone, so the caller
 * may record the failed run in it. A run that fails while applying (two rows whose
 * addresses belong to one directory user, or a file that changed between the two passes)
 * marks the transaction for rollback: record runs in a transaction of their own.
 */
@Stateless
public class CsvSync {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    AuditLog log;

    @Inject
    DatabaseProduct database;

    /** Validates the whole file, then (unless a dry run) applies it. Never throws for bad files. */
    public SyncOutcome sync(SyncRequest request) {
        return engine(request.actor()).sync(request);
    }

    /**
     * The workspace no longer follows the remote source (disconnected, or connected to another
     * one): its synced memberships end (members added by hand or via a group stay) and remote
     * users no workspace has are removed.
     *
     * @return how many members the source listed
     */
    public int release(String tenantId, String workspaceId, String sourceId, String actor) {
        return engine(actor).release(tenantId, workspaceId, sourceId);
    }

    /** Remote users of a deleted workspace that no other workspace has are removed with it. */
    public void onWorkspaceDeleted(@Observes WorkspaceDeleted deleted) {
        new RemoteUsers(em).removeAllUnneeded(deleted.tenantId());
    }

    private RemoteSync engine(String actor) {
        return new RemoteSync(
                em,
                (tenantId, workspaceId, userIds, operation, reason) ->
                        log.recordMemberships(tenantId, actor, workspaceId, userIds, operation, reason),
                context::setRollbackOnly,
                database.isPostgres());
    }
}
