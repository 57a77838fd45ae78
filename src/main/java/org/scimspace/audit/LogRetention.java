package org.scimspace.audit;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.scimspace.audit.control.RetentionPolicy;

/**
 * Enforces the log's retention ({@code scimspace.log.retention.days}, env
 * {@code SCIMSPACE_LOG_RETENTION_DAYS}, default 90) every hour. The purge is a plain delete by
 * age, so instances that run it at the same time only repeat each other's work; hourly runs
 * keep each delete to about an hour of lines, and the timer is not persistent so that nothing
 * is kept per instance.
 */
@Stateless
public class LogRetention {

    private static final Logger LOG = Logger.getLogger(LogRetention.class.getName());

    @Inject
    AuditLog log;

    @Inject
    @ConfigProperty(name = "scimspace.log.retention.days", defaultValue = "" + RetentionPolicy.DEFAULT_DAYS)
    int retentionDays;

    @Schedule(hour = "*", minute = "17", persistent = false)
    void purge() {
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
