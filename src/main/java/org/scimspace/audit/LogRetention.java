package org.scimspace.audit;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.scimspace.audit.control.RetentionPolicy;
import org.scimspace.schedule.ScheduledJobs;

/**
 * Enforces the log's retention ({@code scimspace.log.retention.days}, env
 * {@code SCIMSPACE_LOG_RETENTION_DAYS}, default 90) every hour, on one instance: every
 * instance's timer fires, and {@link ScheduledJobs} gives the turn to one of them. Hourly runs
 * keep each delete to about an hour of lines; the timer is not persistent so that nothing is
 * kept per instance.
 */
@Stateless
public class LogRetention {

    private static final Logger LOG = Logger.getLogger(LogRetention.class.getName());

    @Inject
    AuditLog log;

    @Inject
    @ConfigProperty(name = "scimspace.log.retention.days", defaultValue = "" + RetentionPolicy.DEFAULT_DAYS)
    int retentionDays;

    /** Less than the timer's hour, so that the next hour's tick finds the job due despite clock skew. */
    static final Duration PERIOD = Duration.ofMinutes(50);

    static final String JOB = "log-retention";

    @Inject
    ScheduledJobs jobs;

    @Schedule(hour = "*", minute = "17", persistent = false)
    void purge() {
        if (!jobs.claim(JOB, PERIOD)) {
            return;
        }
        Optional<Instant> cutoff = new RetentionPolicy(retentionDays).cutoff(Instant.now());
        if (cutoff.isEmpty()) {
            LOG.warning(() -> "scimspace.log.retention.days is " + retentionDays
                    + "; it must be 1 or more, so the provisioning log is not purged.");
            return;
        }
        int purged = log.purgeBefore(cutoff.get());
        if (purged > 0) {
            LOG.info(() -> "Provisioning log: removed " + purged + " lines older than " + cutoff.get() + ".");
        }
    }
}
