package org.scimspace.audit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.scimspace.audit.control.RetentionPolicy;
import org.scimspace.audit.control.RetentionSchedule;
import org.scimspace.schedule.ScheduledJobs;

/**
 * Enforces the log's retention ({@code scimspace.log.retention.days}, env
 * {@code SCIMSPACE_LOG_RETENTION_DAYS}, default 90) once per interval
 * ({@code scimspace.log.retention.interval}, env {@code SCIMSPACE_LOG_RETENTION_INTERVAL},
 * default {@code PT1H}: minute 17 of every hour, see {@link RetentionSchedule}), on one
 * instance: every instance's timer fires, and {@link ScheduledJobs} gives the turn to one of
 * them, which logs one line. Hourly runs keep each delete to about an hour of lines; the timer
 * is not persistent so that nothing is kept per instance. Set once the schema is migrated.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class LogRetention {

    private static final Logger LOG = Logger.getLogger(LogRetention.class.getName());

    static final String JOB = "log-retention";

    @Inject
    AuditLog log;

    @Inject
    ScheduledJobs jobs;

    @Resource
    TimerService timers;

    @Inject
    @ConfigProperty(name = "scimspace.log.retention.days", defaultValue = "" + RetentionPolicy.DEFAULT_DAYS)
    int retentionDays;

    @Inject
    @ConfigProperty(name = "scimspace.log.retention.interval", defaultValue = "PT1H")
    String interval;

    private RetentionSchedule schedule;

    @PostConstruct
    void startTimer() {
        Optional<RetentionSchedule> configured = RetentionSchedule.of(interval);
        if (configured.isEmpty()) {
            LOG.warning(() -> "scimspace.log.retention.interval is '" + interval
                    + "'; it must be an ISO-8601 duration of a second or more (such as PT1H), so the retention"
                    + " runs every hour.");
        }
        schedule = configured.orElse(RetentionSchedule.DEFAULT);
        timers.createIntervalTimer(
                Date.from(schedule.firstRunAfter(Instant.now())),
                schedule.interval().toMillis(),
                new TimerConfig(null, false));
    }

    @Timeout
    void purge() {
        if (!jobs.claim(JOB, schedule.claimPeriod())) {
            return;
        }
        Optional<Instant> cutoff = new RetentionPolicy(retentionDays).cutoff(Instant.now());
        if (cutoff.isEmpty()) {
            LOG.warning(() -> "scimspace.log.retention.days is " + retentionDays
                    + "; it must be 1 or more, so the provisioning log is not purged.");
            return;
        }
        int purged = log.purgeBefore(cutoff.get());
        LOG.info(() -> "Provisioning log retention: removed " + purged + " lines older than " + cutoff.get() + ".");
    }
}
