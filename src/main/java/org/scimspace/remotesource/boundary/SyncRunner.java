package org.scimspace.remotesource.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.scimspace.audit.AuditLog;
import org.scimspace.common.ServiceException;
import org.scimspace.remotesource.control.FetchFailure;
import org.scimspace.remotesource.control.FetchLimits;
import org.scimspace.remotesource.control.RunStart;
import org.scimspace.remotesource.control.RunTicket;
import org.scimspace.remotesource.control.RunView;
import org.scimspace.remotesource.control.SftpFetcher;
import org.scimspace.remotesource.control.SourceCredentials;
import org.scimspace.remotesource.control.SourceLines;
import org.scimspace.remotesource.control.SourceTurns;
import org.scimspace.remotesource.control.SyncAlreadyRunning;
import org.scimspace.remotesource.control.SyncLease;
import org.scimspace.remotesource.sync.CsvSync;
import org.scimspace.remotesource.sync.SyncOutcome;
import org.scimspace.remotesource.sync.SyncRequest;

/**
 * Runs a connection: takes its lease, fetches the file to a private temporary file, hands
 * it to {@link CsvSync} in the source's turn (runs of workspaces sharing a source apply one
 * at a time), records the outcome and gives the lease back. Holds no transaction itself: the
 * fetch waits on the network, and the sync has a transaction of its own. Every failure ends
 * as a failed run with a message for a main user, never as a run left running.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SyncRunner {

    private static final Logger LOG = Logger.getLogger(SyncRunner.class.getName());

    @Inject
    SyncRuns runs;

    @Inject
    RemoteSourceService sources;

    @Inject
    CsvSync csv;

    @Inject
    SourceTurns turns;

    @Inject
    AuditLog log;

    @Resource
    ManagedScheduledExecutorService timer;

    @Resource
    SessionContext context;

    /**
     * "Sync now" that waits for the run's end (the management API).
     *
     * @throws SyncAlreadyRunning naming the run in the way
     */
    public RunView syncNow(String tenantId, String workspaceId, boolean dryRun, String actor) {
        return execute(start(tenantId, workspaceId, dryRun, actor));
    }

    /** "Sync now" that answers at once with the running run and works on (the console). */
    public RunView startNow(String tenantId, String workspaceId, boolean dryRun, String actor) {
        RunTicket ticket = start(tenantId, workspaceId, dryRun, actor);
        context.getBusinessObject(SyncRunner.class).executeLater(ticket);
        return runs.view(ticket.runId());
    }

    /** Starts every connection that is due (the scheduler, once a minute). */
    public void startDue() {
        runs.sweepAbandoned();
        SyncRunner self = context.getBusinessObject(SyncRunner.class);
        for (var connection : runs.due(100)) {
            RunStart start = runs.beginDue(connection.getTenantId(), connection.getWorkspaceId());
            if (start.isStarted()) {
                self.executeLater(start.ticket());
            }
        }
    }

    @Asynchronous
    public void executeLater(RunTicket ticket) {
        execute(ticket);
    }

    private RunTicket start(String tenantId, String workspaceId, boolean dryRun, String actor) {
        RunStart start = runs.begin(tenantId, workspaceId, dryRun, actor);
        if (!start.isStarted()) {
            throw new SyncAlreadyRunning(start.blocking());
        }
        return start.ticket();
    }

    private RunView execute(RunTicket ticket) {
        ScheduledFuture<?> renewal = timer.scheduleAtFixedRate(
                () -> runs.renew(ticket.workspaceId(), ticket.runId()),
                SyncLease.RENEW_EVERY.toSeconds(),
                SyncLease.RENEW_EVERY.toSeconds(),
                TimeUnit.SECONDS);
        Path file = null;
        SyncOutcome outcome;
        try {
            file = privateTempFile();
            outcome = fetchAndSync(ticket, file);
        } catch (RuntimeException e) {
            outcome = unexpected(ticket, e);
        } finally {
            renewal.cancel(false);
            delete(file);
        }
        return runs.finish(ticket, outcome);
    }

    private SyncOutcome fetchAndSync(RunTicket ticket, Path file) {
        SourceCredentials credentials;
        try {
            credentials = sources.credentials(ticket.tenantId(), ticket.sourceId());
        } catch (ServiceException e) {
            return SyncOutcome.failed(List.of(e.getMessage()));
        }
        try {
            new SftpFetcher(FetchLimits.DEFAULT).download(credentials, ticket.path(), file);
        } catch (FetchFailure e) {
            if (e.reason() == FetchFailure.Reason.HOST_KEY_MISMATCH) {
                log.record(SourceLines.refused(
                        ticket.tenantId(),
                        ticket.actor(),
                        "host key mismatch",
                        ticket.sourceId(),
                        ticket.workspaceId(),
                        e.getMessage()));
            }
            return SyncOutcome.failed(List.of(e.getMessage()));
        }
        SyncRequest request = new SyncRequest(
                ticket.tenantId(),
                ticket.workspaceId(),
                ticket.sourceId(),
                ticket.path(),
                file,
                ticket.dryRun(),
                ticket.actor());
        // A dry run writes nothing and takes no lock: it need not wait for other workspaces' runs.
        return ticket.dryRun() ? csv.sync(request) : turns.inTurn(ticket.sourceId(), () -> csv.sync(request));
    }

    private static SyncOutcome unexpected(RunTicket ticket, RuntimeException e) {
        Throwable cause = e;
        while (cause instanceof EJBException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof ServiceException refused) {
            return SyncOutcome.failed(List.of(refused.getMessage()));
        }
        LOG.log(Level.SEVERE, "Sync run " + ticket.runId() + " of workspace " + ticket.workspaceId() + " failed", e);
        return SyncOutcome.failed(
                List.of("The run failed unexpectedly (" + cause.getClass().getSimpleName()
                        + "); nothing was changed. The server log has the details of run " + ticket.runId() + "."));
    }

    /** Readable by the server's user only: the file holds personal data. */
    private static Path privateTempFile() {
        try {
            try {
                return Files.createTempFile(
                        "scimspace-sync-",
                        ".csv",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                return Files.createTempFile("scimspace-sync-", ".csv");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary file for the fetched CSV", e);
        }
    }

    private static void delete(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot delete the fetched file " + file, e);
        }
    }
}
