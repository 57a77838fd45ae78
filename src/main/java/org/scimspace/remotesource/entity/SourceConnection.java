package org.scimspace.remotesource.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;

import org.scimspace.common.Timestamps;

/**
 * A workspace's connection to a remote source: which file, how often. A workspace has at most
 * one. The lease columns say which run holds the connection and until when; they are only
 * written by the atomic statements of {@code SyncLease}, so that two server instances never
 * run the same connection at once.
 */
@Entity
@Table(
        name = "remote_source_connection",
        indexes = {
            @Index(name = "ix_remote_source_connection_source", columnList = "tenant_id, source_id"),
            @Index(name = "ix_remote_source_connection_due", columnList = "next_run")
        })
public class SourceConnection {

    public static final String TABLE = "remote_source_connection";
    public static final int PATH_LENGTH = 1000;

    @Id
    @Column(name = "workspace_id", length = 36)
    private String workspaceId;

    @Column(name = "tenant_id", nullable = false, length = 36)
    private String tenantId;

    @Column(name = "source_id", nullable = false, length = 36)
    private String sourceId;

    @Column(name = "file_path", nullable = false, length = PATH_LENGTH)
    private String filePath;

    /** Minutes between scheduled runs; 0 runs only on demand. */
    @Column(name = "interval_minutes", nullable = false)
    private int intervalMinutes;

    /** When the scheduler starts the next run; null when only on demand. */
    @Column(name = "next_run")
    private Instant nextRun;

    @Column(name = "lease_run", length = 36)
    private String leaseRun;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    @Column(nullable = false)
    private Instant created;

    @Column(nullable = false)
    private Instant updated;

    protected SourceConnection() {}

    public SourceConnection(String tenantId, String workspaceId) {
        this.tenantId = tenantId;
        this.workspaceId = workspaceId;
        this.created = Timestamps.now();
        this.updated = created;
    }

    /**
     * Points the connection at a file. A schedule that starts (a new connection, or one that
     * ran only on demand) runs within the minute; a shorter interval brings the next run
     * forward, a longer one leaves it.
     */
    public void set(String sourceId, String filePath, int intervalMinutes) {
        this.sourceId = sourceId;
        this.filePath = filePath;
        this.intervalMinutes = intervalMinutes;
        this.updated = Timestamps.now();
        if (intervalMinutes == 0) {
            this.nextRun = null;
        } else if (nextRun == null) {
            this.nextRun = updated;
        } else {
            Instant sooner = updated.plus(Duration.ofMinutes(intervalMinutes));
            if (sooner.isBefore(nextRun)) {
                this.nextRun = sooner;
            }
        }
    }

    public String getWorkspaceId() {
        return workspaceId;
    }

    public String getTenantId() {
        return tenantId;
    }

    public String getSourceId() {
        return sourceId;
    }

    public String getFilePath() {
        return filePath;
    }

    public int getIntervalMinutes() {
        return intervalMinutes;
    }

    public Instant getNextRun() {
        return nextRun;
    }

    public String getLeaseRun() {
        return leaseRun;
    }

    public Instant getLeaseUntil() {
        return leaseUntil;
    }

    public Instant getCreated() {
        return created;
    }

    public Instant getUpdated() {
        return updated;
    }
}
