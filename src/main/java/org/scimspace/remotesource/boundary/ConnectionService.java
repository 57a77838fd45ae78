package org.scimspace.remotesource.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.scimspace.audit.AuditLog;
import org.scimspace.common.ServiceException;
import org.scimspace.directory.boundary.Page;
import org.scimspace.remotesource.control.ConnectionView;
import org.scimspace.remotesource.control.FilePaths;
import org.scimspace.remotesource.control.RunView;
import org.scimspace.remotesource.control.Schedule;
import org.scimspace.remotesource.control.SourceLines;
import org.scimspace.remotesource.entity.RemoteSource;
import org.scimspace.remotesource.entity.SourceConnection;
import org.scimspace.remotesource.entity.SyncRun;
import org.scimspace.remotesource.sync.CsvSync;
import org.scimspace.remotesource.sync.SyncLocks;
import org.scimspace.workspace.boundary.WorkspaceService;
import org.scimspace.workspace.event.WorkspaceDeleted;
import org.scimspace.workspace.event.WorkspaceDeleting;

/**
 * A workspace's connection to a remote source (file path, schedule) and its run history.
 * Disconnecting, or connecting the workspace to another source, releases the participants the
 * source brought and keeps the history of runs; deleting the workspace removes both with it.
 * Takes its locks in the order of {@link SyncLocks}, as runs do.
 */
@Stateless
public class ConnectionService {

    @PersistenceContext
    EntityManager em;

    @Inject
    WorkspaceService workspaces;

    @Inject
    AuditLog log;

    @Inject
    CsvSync csv;

    /**
     * Connects the workspace, or changes its connection. A connection that moves to another
     * source first releases the previous source's participants as {@link #disconnect} does:
     * nothing else would ever remove them, and the new source's first run must not count them
     * as its own members that left its file.
     */
    public ConnectionView connect(
            String tenantId, String workspaceId, String sourceId, String path, Integer intervalMinutes, String actor) {
        workspaces.get(tenantId, workspaceId);
        String previous = SyncLocks.connectedSource(em, tenantId, workspaceId);
        boolean moved = previous != null && !previous.equals(sourceId);
        // The source is locked so that it cannot be deleted while it gains a connection, and
        // the previous one too when the connection moves, so that no run of either applies a
        // file meanwhile; found after its lock, a source deleted meanwhile is not found.
        if (sourceId != null) {
            SyncLocks.lock(em, moved ? List.of(sourceId, previous) : List.of(sourceId), workspaceId);
        }
        RemoteSource source = sourceId == null ? null : em.find(RemoteSource.class, sourceId);
        if (source == null || !source.getTenantId().equals(tenantId)) {
            throw ServiceException.invalid("sourceId", "Choose one of the account's remote sources.");
        }
        String file = FilePaths.path(path);
        int interval = Schedule.intervalMinutes(intervalMinutes);
        stillConnectedTo(tenantId, workspaceId, previous);
        int released = moved ? csv.release(tenantId, workspaceId, previous, actor) : 0;
        SourceConnection connection = em.find(SourceConnection.class, workspaceId, LockModeType.PESSIMISTIC_WRITE);
        boolean created = connection == null;
        if (created) {
            connection = new SourceConnection(tenantId, workspaceId);
        }
        connection.set(source.getId(), file, interval);
        if (created) {
            em.persist(connection);
        }
        log.record(SourceLines.workspace(
                tenantId,
                actor,
                created ? "connect remote source" : "change remote source connection",
                workspaceId,
                true,
                "'" + source.getName() + "', file " + file + ", " + Schedule.describe(interval)
                        + (moved
                                ? "; moved from remote source " + previous + ", " + synced(released) + " released"
                                : "")));
        return view(connection, source.getName());
    }

    public ConnectionView get(String tenantId, String workspaceId) {
        return view(connection(tenantId, workspaceId), null);
    }

    /** The workspace's connection, or empty when it has none. */
    public Optional<ConnectionView> find(String tenantId, String workspaceId) {
        workspaces.get(tenantId, workspaceId);
        SourceConnection connection = em.find(SourceConnection.class, workspaceId);
        return connection == null || !connection.getTenantId().equals(tenantId)
                ? Optional.empty()
                : Optional.of(view(connection, null));
    }

    /**
     * Removes the connection. The members the source gave the workspace leave it (unless added
     * by hand or via a group), as members of a group leave when the group stops giving access:
     * nothing would ever update or remove them again, and synced members cannot be removed by
     * hand. A run that is applying its file meanwhile finishes first (this waits for its locks)
     * and its members are released with the others; a run that comes to apply its file later
     * finds the connection gone, ends failed and changes nothing.
     *
     * @return how many members the source listed
     */
    public int disconnect(String tenantId, String workspaceId, String actor) {
        String sourceId = SyncLocks.connectedSource(em, tenantId, workspaceId);
        if (sourceId == null) {
            throw notConnected(tenantId, workspaceId);
        }
        SyncLocks.lock(em, List.of(sourceId), workspaceId);
        stillConnectedTo(tenantId, workspaceId, sourceId);
        int released = csv.release(tenantId, workspaceId, sourceId, actor);
        em.remove(em.find(SourceConnection.class, workspaceId, LockModeType.PESSIMISTIC_WRITE));
        log.record(SourceLines.workspace(
                tenantId,
                actor,
                "disconnect remote source",
                workspaceId,
                true,
                "disconnected from remote source " + sourceId + "; " + synced(released) + " released"));
        return released;
    }

    /** The workspace's runs, newest first. */
    public Page<RunView> runs(String tenantId, String workspaceId, int firstResult, int size) {
        workspaces.get(tenantId, workspaceId);
        long total = em.createQuery(
                        "select count(r) from SyncRun r where r.tenantId = :tenant and r.workspaceId = :workspace",
                        Long.class)
                .setParameter("tenant", tenantId)
                .setParameter("workspace", workspaceId)
                .getSingleResult();
        List<RunView> page = em
                .createQuery(
                        "select r from SyncRun r where r.tenantId = :tenant and r.workspaceId = :workspace"
                                + " order by r.started desc, r.id desc",
                        SyncRun.class)
                .setParameter("tenant", tenantId)
                .setParameter("workspace", workspaceId)
                .setFirstResult(firstResult)
                .setMaxResults(size)
                .getResultList()
                .stream()
                .map(RunView::of)
                .toList();
        return new Page<>(total, page);
    }

    public RunView run(String tenantId, String workspaceId, String runId) {
        SyncRun run = runId == null ? null : em.find(SyncRun.class, runId);
        if (run == null
                || !run.getTenantId().equals(tenantId)
                || !run.getWorkspaceId().equals(workspaceId)) {
            throw ServiceException.notFound("No such run.");
        }
        return RunView.of(run);
    }

    /**
     * A connected workspace about to be deleted: its source is locked first, as for a run, so
     * that the deletion waits for a run of another workspace of the source that is applying its
     * file (and may be giving this workspace's remote users to that workspace) instead of
     * removing those users under it. The workspace's lock comes with it, so the connection read
     * is still the one when the deletion goes on.
     */
    public void workspaceDeleting(@Observes WorkspaceDeleting deleting) {
        String sourceId = SyncLocks.connectedSource(em, deleting.tenantId(), deleting.workspaceId());
        SyncLocks.lock(em, sourceId == null ? List.of() : List.of(sourceId), deleting.workspaceId());
        stillConnectedTo(deleting.tenantId(), deleting.workspaceId(), sourceId);
    }

    /** A deleted workspace takes its connection and history along, in the same transaction. */
    public void workspaceDeleted(@Observes WorkspaceDeleted deleted) {
        em.createQuery("delete from SourceConnection c where c.workspaceId = :workspace and c.tenantId = :tenant")
                .setParameter("workspace", deleted.workspaceId())
                .setParameter("tenant", deleted.tenantId())
                .executeUpdate();
        em.createQuery("delete from SyncRun r where r.workspaceId = :workspace and r.tenantId = :tenant")
                .setParameter("workspace", deleted.workspaceId())
                .setParameter("tenant", deleted.tenantId())
                .executeUpdate();
    }

    private SourceConnection connection(String tenantId, String workspaceId) {
        SourceConnection connection = workspaceId == null ? null : em.find(SourceConnection.class, workspaceId);
        if (connection == null || !connection.getTenantId().equals(tenantId)) {
            throw notConnected(tenantId, workspaceId);
        }
        return connection;
    }

    private ServiceException notConnected(String tenantId, String workspaceId) {
        workspaces.get(tenantId, workspaceId);
        return ServiceException.notFound("This workspace is not connected to a remote source.");
    }

    /** The connection read before its locks were taken is still the one: else the wrong source was locked. */
    private void stillConnectedTo(String tenantId, String workspaceId, String sourceId) {
        if (!Objects.equals(sourceId, SyncLocks.connectedSource(em, tenantId, workspaceId))) {
            throw ServiceException.conflict("The workspace's remote source connection changed meanwhile; try again.");
        }
    }

    private static String synced(int members) {
        return members + (members == 1 ? " synced member" : " synced members");
    }

    private ConnectionView view(SourceConnection connection, String sourceName) {
        String name = sourceName;
        if (name == null) {
            RemoteSource source = em.find(RemoteSource.class, connection.getSourceId());
            name = source == null ? null : source.getName();
        }
        RunView latest = em.createQuery(
                        "select r from SyncRun r where r.tenantId = :tenant and r.workspaceId = :workspace"
                                + " order by r.started desc, r.id desc",
                        SyncRun.class)
                .setParameter("tenant", connection.getTenantId())
                .setParameter("workspace", connection.getWorkspaceId())
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(RunView::of)
                .orElse(null);
        return new ConnectionView(
                connection.getWorkspaceId(),
                connection.getSourceId(),
                name,
                connection.getFilePath(),
                connection.getIntervalMinutes(),
                connection.getNextRun(),
                latest,
                connection.getCreated(),
                connection.getUpdated());
    }
}
