package org.scimspace.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A periodic job and when it is next due, whichever instance runs it (see {@link ScheduledJobs}). */
@Entity
@Table(name = "scheduled_job")
public class ScheduledJob {

    @Id
    @Column(length = 64)
    private String name;

    @Column(name = "next_run", nullable = false)
    private Instant nextRun;

    protected ScheduledJob() {}

    public String getName() {
        return name;
    }

    public Instant getNextRun() {
        return nextRun;
    }
}
