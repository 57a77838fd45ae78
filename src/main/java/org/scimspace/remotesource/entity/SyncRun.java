package org.scimspace.remotesource.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

import org.scimspace.common.Ids;
import org.scimspace.common.Timestamps;

/**
 * One run of a workspace's connection: who started it, when, how it ended, what it changed
 * (or, for a dry run, would have changed), and its errors. Kept when the connection goes, so
 * that the history stays readable.
 */
@Entity
@Table(
        name = "sync_run",
        indexes = @Index(name = "ix_sync_run_workspace", columnList = "tenant_id, workspace_id, started"))
public class SyncRun {

    /** At most this many error lines are kept, each cut to {@link #ERROR_LINE_LENGTH}. */
    public static final int MAX_ERRORS = 100;

    public static final int ERROR_LINE_LENGTH = 300;
    public static final int ERRORS_LENGTH = MAX_ERRORS * (ERROR_LINE_LENGTH + 1);
    public static final int ACTOR_LENGTH = 200;

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "tenant_id", nullable = false, length = 36)
    private String tenantId;

    @Column(name = "workspace_id", nullable = false, length = 36)
    private String workspaceId;

    @Column(name = "source_id", nullable = false, length = 36)
    private String sourceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "run_trigger", nullable = false, length = 16)
    private RunTrigger trigger;

    @Column(nullable = false, length = ACTOR_LENGTH)
    private String actor;

    @Column(nullable = false)
    private Instant started;

    private Instant ended;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RunOutcome outcome;

    @Column(name = "dry_run", nullable = false)
    private boolean dryRun;

    @Column(name = "created_count", nullable = false)
    private int createdCount;

    @Column(name = "updated_count", nullable = false)
    private int updatedCount;

    @Column(name = "removed_count", nullable = false)
    private int removedCount;

    @Column(name = "unchanged_count", nullable = false)
    private int unchangedCount;

    /** Newline-separated error lines; null when there were none. */
    @Column(length = ERRORS_LENGTH)
    private String errors;

    protected SyncRun() {}

    public SyncRun(
            String tenantId, String workspaceId, String sourceId, RunTrigger trigger, String actor, boolean dryRun) {
        this.id = Ids.newId();
        this.tenantId = tenantId;
        this.workspaceId = workspaceId;
        this.sourceId = sourceId;
        this.trigger = trigger;
        this.actor = actor.length() > ACTOR_LENGTH ? actor.substring(0, ACTOR_LENGTH) : actor;
        this.dryRun = dryRun;
        this.started = Timestamps.now();
        this.outcome = RunOutcome.RUNNING;
    }

    /** Ends the run; counts of a failed run are what was done before it failed (zero for a file refused whole). */
    public void end(boolean succeeded, int created, int updated, int removed, int unchanged, List<String> errorLines) {
        this.outcome = succeeded ? RunOutcome.SUCCEEDED : RunOutcome.FAILED;
        this.ended = Timestamps.now();
        this.createdCount = created;
        this.updatedCount = updated;
        this.removedCount = removed;
        this.unchangedCount = unchanged;
        this.errors = RunErrors.join(errorLines);
    }

    public String getId() {
        return id;
    }

    public String getTenantId() {
        return tenantId;
    }

    public String getWorkspaceId() {
        return workspaceId;
    }

    public String getSourceId() {
        return sourceId;
    }

    public RunTrigger getTrigger() {
        return trigger;
    }

    public String getActor() {
        return actor;
    }

    public Instant getStarted() {
        return started;
    }

    public Instant getEnded() {
        return ended;
    }

    public RunOutcome getOutcome() {
        return outcome;
    }

    public boolean isDryRun() {
        return dryRun;
    }

    public int getCreatedCount() {
        return createdCount;
    }

    public int getUpdatedCount() {
        return updatedCount;
    }

    public int getRemovedCount() {
        return removedCount;
    }

    public int getUnchangedCount() {
        return unchangedCount;
    }

    public List<String> getErrors() {
        return RunErrors.split(errors);
    }
}
