package org.scimspace.remotesource.sync;

import jakarta.persistence.EntityManager;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.scimspace.common.Chunks;
import org.scimspace.remotesource.csv.CsvError;
import org.scimspace.remotesource.csv.CsvValidation;
import org.scimspace.remotesource.csv.FieldRule;
import org.scimspace.remotesource.csv.ParticipantCsv;
import org.scimspace.remotesource.csv.ParticipantRow;
import org.scimspace.workspace.control.MembershipLog;
import org.scimspace.workspace.control.ProfileFieldView;
import org.scimspace.workspace.control.ProfileValues;
import org.scimspace.workspace.control.SyncedMemberships;
import org.scimspace.workspace.entity.FieldType;
import org.scimspace.workspace.entity.Workspace;

/**
 * Makes a workspace's synced members match a file in two passes: the first validates the
 * whole file and keeps only what the uniqueness checks need; only a valid file is read again
 * and applied a chunk of rows at a time, under the locks of {@link SyncLocks}. Plain code over
 * an entity manager, so that it is tested without a server; the caller owns the transaction.
 */
public class RemoteSync {

    /** Rows per chunk, and ids per bound IN list. */
    static final int CHUNK = 500;

    static final String DISCONNECTED =
            "The workspace was disconnected from the remote source during the run; nothing was changed.";
    static final String SWITCHED =
            "The workspace was connected to another remote source during the run; nothing was changed.";
    static final String OTHER_FILE =
            "The workspace's connection was pointed at another file during the run; nothing was changed."
                    + " The next run reads the new file.";

    private final EntityManager em;
    private final MembershipLog log;
    private final Runnable rollbackOnly;
    private final boolean postgres;

    /**
     * @param rollbackOnly marks the caller's transaction for rollback: called only when a
     *     run fails after it has written (two rows naming one directory user), never for a
     *     file that fails validation, which writes nothing
     * @param postgres whether the database is PostgreSQL (see {@link RunPlans})
     */
    public RemoteSync(EntityManager em, MembershipLog log, Runnable rollbackOnly, boolean postgres) {
        this.em = em;
        this.log = log;
        this.rollbackOnly = rollbackOnly;
        this.postgres = postgres;
    }

    public SyncOutcome sync(SyncRequest request) {
        Workspace workspace = workspace(request.tenantId(), request.workspaceId());
        if (workspace == null) {
            return SyncOutcome.failed(List.of("No such workspace."));
        }
        RunPlans.planEachStatement(em, postgres);
        List<ProfileFieldView> fields = new ProfileValues(em).fields(workspace.getId());
        List<FieldRule> rules = fields.stream().map(RemoteSync::rule).toList();
        CsvValidation.Result validation;
        try {
            validation = CsvValidation.validate(request.file(), rules);
        } catch (IOException e) {
            return SyncOutcome.failed(List.of(unreadable(e)));
        }
        if (!validation.valid()) {
            return SyncOutcome.failed(
                    validation.errors().stream().map(CsvError::toString).toList());
        }
        if (!request.dryRun()) {
            SyncLocks.lock(em, List.of(request.sourceId()), workspace.getId());
        }
        // The fetch took a while: a run whose workspace no longer follows the source must not
        // bring back the members that disconnecting (or switching) released, nor apply the
        // file that the connection named before a main user pointed it at another one.
        SyncLocks.ConnectedFile connected = SyncLocks.connectedFile(em, request.tenantId(), workspace.getId());
        if (connected == null) {
            return SyncOutcome.failed(List.of(DISCONNECTED));
        }
        if (!request.sourceId().equals(connected.sourceId())) {
            return SyncOutcome.failed(List.of(SWITCHED));
        }
        if (!request.path().equals(connected.path())) {
            return SyncOutcome.failed(List.of(OTHER_FILE));
        }
        List<ProfileFieldView> imported = fields.stream()
                .filter(field -> validation.importedFields().contains(field.name()))
                .toList();
        SyncRun run = new SyncRun(em, request, workspace, imported, log, rollbackOnly);
        try (ParticipantCsv csv = ParticipantCsv.open(request.file(), rules)) {
            List<ParticipantRow> chunk = new ArrayList<>(CHUNK);
            for (ParticipantCsv.Line line = csv.next(); line != null; line = csv.next()) {
                if (!line.errors().isEmpty()) {
                    run.fail(line.errors().stream().map(CsvError::toString).toList());
                    break;
                }
                chunk.add(line.row());
                if (chunk.size() == CHUNK) {
                    run.apply(chunk);
                    chunk = new ArrayList<>(CHUNK);
                }
            }
            if (!chunk.isEmpty()) {
                run.apply(chunk);
            }
        } catch (IOException e) {
            run.fail(List.of(unreadable(e)));
        }
        return run.finish();
    }

    private static String unreadable(IOException e) {
        return "The file could not be read: " + e.getMessage();
    }

    /**
     * The workspace no longer follows the remote source: every synced membership ends (a member
     * added by hand or via a group stays) and remote users nobody needs are removed.
     *
     * @return how many members the source listed
     */
    public int release(String tenantId, String workspaceId, String sourceId) {
        Workspace workspace = workspace(tenantId, workspaceId);
        if (workspace == null) {
            return 0;
        }
        RunPlans.planEachStatement(em, postgres);
        SyncLocks.lock(em, List.of(sourceId), workspaceId);
        SyncedMemberships memberships = new SyncedMemberships(em);
        RemoteUsers remoteUsers = new RemoteUsers(em);
        List<String> synced = memberships.synced(workspaceId);
        for (List<String> chunk : Chunks.of(synced, CHUNK)) {
            List<String> left = memberships.revoke(workspace, chunk);
            Set<String> leftSet = new HashSet<>(left);
            List<String> stayed =
                    chunk.stream().filter(id -> !leftSet.contains(id)).toList();
            log.record(
                    workspace,
                    left,
                    "left",
                    "left " + workspace.getName() + ": it no longer follows remote source " + sourceId);
            log.record(
                    workspace,
                    stayed,
                    "unsynced",
                    workspace.getName() + " no longer follows remote source " + sourceId
                            + "; still a member, added by hand or via a group");
            remoteUsers.removeUnneeded(tenantId, left);
        }
        return synced.size();
    }

    private Workspace workspace(String tenantId, String workspaceId) {
        Workspace workspace = workspaceId == null ? null : em.find(Workspace.class, workspaceId);
        return workspace == null || !workspace.getTenantId().equals(tenantId) ? null : workspace;
    }

    private static FieldRule rule(ProfileFieldView field) {
        return field.type() == FieldType.CHOICE
                ? FieldRule.choice(field.name(), field.allowedValues())
                : FieldRule.text(field.name());
    }
}
