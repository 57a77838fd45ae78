package org.scimspace.remotesource.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;

import org.scimspace.audit.AuditLog;
import org.scimspace.common.ServiceException;
import org.scimspace.common.Timestamps;
import org.scimspace.remotesource.control.RunStart;
import org.scimspace.remotesource.control.RunTicket;
import org.scimspace.remotesource.control.RunView;
import org.scimspace.remotesource.control.SourceLines;
import org.scimspace.remotesource.control.SyncLease;
import org.scimspace.remotesource.entity.RemoteSource;
import org.scimspace.remotesource.entity.RunOutcome;
import org.scimspace.remotesource.entity.RunTrigger;
import org.scimspace.remotesource.entity.SourceConnection;
import org.scimspace.remotesource.entity.SyncRun;
import org.scimspace.remotesource.sync.SyncOutcome;
import org.scimspace.workspace.boundary.WorkspaceService;

/**
 * The bookkeeping of runs, each step committed on its own: taking the lease together with
 * the new run's row, renewing it, and ending the run together with giving the lease back.
 * Nothing here waits on the network.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SyncRuns {

    static final String INTERRUPTED =
            "The run did not finish: the server running it stopped or lost the database. Nothing of it is missing"
                    + " from the provisioning log; start it again.";

    @PersistenceContext
    EntityManager em;

    @Inject
    WorkspaceService workspaces;

    @Inject
    AuditLog log;

    /** Starts a run by hand, or answers the run that holds the connection. */
    public RunStart begin(String tenantId, String workspaceId, boolean dryRun, String actor) {
        SourceConnection connection = connection(tenantId, workspaceId);
        Instant now = Timestamps.now();
        SyncRun run = new SyncRun(tenantId, workspaceId, connection.getSourceId(), RunTrigger.MANUAL, actor, dryRun);
        SyncLease lease = new SyncLease(em);
        if (!lease.take(tenantId, workspaceId, run.getId(), now)) {
            String holder = lease.holder(workspaceId, now);
            SyncRun blocking = holder == null ? null : em.find(SyncRun.class, holder);
            return RunStart.blocked(blocking == null ? null : RunView.of(blocking));
        }
        return started(connection, run, now);
    }

    /** Starts a scheduled run if the connection is still due and free (another instance may have been quicker). */
    public RunStart beginDue(String tenantId, String workspaceId) {
        SourceConnection connection = em.find(SourceConnection.class, workspaceId);
        if (connection == null || !connection.getTenantId().equals(tenantId)) {
            return RunStart.blocked(null);
        }
        Instant now = Timestamps.now();
        SyncRun run = new SyncRun(
                tenantId, workspaceId, connection.getSourceId(), RunTrigger.SCHEDULE, SyncScheduler.ACTOR, false);
        if (!new SyncLease(em).takeDue(tenantId, workspaceId, run.getId(), now)) {
            return RunStart.blocked(null);
        }
        return started(connection, run, now);
    }

    private RunStart started(SourceConnection connection, SyncRun run, Instant now) {
        // A lease taken over after it expired belonged to a run that will never end by itself.
        String previous = connection.getLeaseRun();
        if (previous != null
                && connection.getLeaseUntil() != null
                && connection.getLeaseUntil().isBefore(now)) {
            SyncRun abandoned = em.find(SyncRun.class, previous, LockModeType.PESSIMISTIC_WRITE);
            if (abandoned != null && abandoned.getOutcome() == RunOutcome.RUNNING) {
                abandoned.end(false, 0, 0, 0, 0, List.of(INTERRUPTED));
            }
        }
        em.persist(run);
        RunTicket ticket = new RunTicket(
                run.getId(),
                run.getTenantId(),
                run.getWorkspaceId(),
                connection.getSourceId(),
                connection.getFilePath(),
                run.isDryRun(),
                run.getActor());
        return RunStart.started(ticket);
    }

    public boolean renew(String workspaceId, String runId) {
        return new SyncLease(em).renew(workspaceId, runId, Timestamps.now());
    }

    /** Ends the run with what the sync did (or why it could not), and frees the connection. */
    public RunView finish(RunTicket ticket, SyncOutcome outcome) {
        SyncRun run = em.find(SyncRun.class, ticket.runId(), LockModeType.PESSIMISTIC_WRITE);
        run.end(
                outcome.succeeded(),
                outcome.created(),
                outcome.updated(),
                outcome.removed(),
                outcome.unchanged(),
                outcome.errors());
        new SyncLease(em).release(ticket.workspaceId(), ticket.runId());
        RemoteSource source = em.find(RemoteSource.class, ticket.sourceId());
        String from = source == null ? "remote source " + ticket.sourceId() : "'" + source.getName() + "'";
        String counts = outcome.created() + " created, " + outcome.updated() + " updated, " + outcome.removed()
                + " removed, " + outcome.unchanged() + " unchanged";
        log.record(SourceLines.workspace(
                ticket.tenantId(),
                ticket.actor(),
                ticket.dryRun() ? "remote source dry run" : "remote source sync",
                ticket.workspaceId(),
                outcome.succeeded(),
                "sync from " + from + (ticket.dryRun() ? " (dry run)" : "") + ": "
                        + (outcome.succeeded()
                                ? "succeeded, " + counts
                                : "failed, " + outcome.errors().size() + " error(s), first: "
                                        + (outcome.errors().isEmpty()
                                                ? "none given"
                                                : outcome.errors().get(0)))));
        return RunView.of(run);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public RunView view(String runId) {
        return RunView.of(em.find(SyncRun.class, runId));
    }

    /** Marks runs failed whose lease expired without them ending: their server is gone. */
    public int sweepAbandoned() {
        Instant now = Timestamps.now();
        List<SyncRun> abandoned = em.createQuery(
                        "select r from SyncRun r where r.outcome = :running and r.started < :cutoff and not exists"
                                + " (select c from SourceConnection c where c.leaseRun = r.id and c.leaseUntil >= :now)",
                        SyncRun.class)
                .setParameter("running", RunOutcome.RUNNING)
                .setParameter("cutoff", now.minus(SyncLease.LENGTH))
                .setParameter("now", now)
                .setMaxResults(100)
                .getResultList();
        abandoned.forEach(run -> run.end(false, 0, 0, 0, 0, List.of(INTERRUPTED)));
        return abandoned.size();
    }

    /** Connections whose scheduled run is due and free, oldest due first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<SourceConnection> due(int max) {
        Instant now = Timestamps.now();
        return em.createQuery(
                        "select c from SourceConnection c where c.intervalMinutes > 0 and c.nextRun <= :now"
                                + " and (c.leaseUntil is null or c.leaseUntil < :now) order by c.nextRun",
                        SourceConnection.class)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
    }

    private SourceConnection connection(String tenantId, String workspaceId) {
        SourceConnection connection = workspaceId == null ? null : em.find(SourceConnection.class, workspaceId);
        if (connection == null || !connection.getTenantId().equals(tenantId)) {
            workspaces.get(tenantId, workspaceId);
            throw ServiceException.notFound("This workspace is not connected to a remote source.");
        }
        return connection;
    }
}
