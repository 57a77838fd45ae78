package org.scimspace.audit.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long log lines are kept. A setting below one day is refused rather than obeyed: a typo
 * must not empty the log that rule 9 promises.
 */
public record RetentionPolicy(int days) {

    public static final int DEFAULT_DAYS = 90;

    /** Lines older than this may go; empty when the setting is not a sensible number of days. */
    public Optional<Instant> cutoff(Instant now) {
        return days < 1 ? Optional.empty() : Optional.of(now.minus(Duration.ofDays(days)));
    }
}
