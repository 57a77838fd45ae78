package org.scimspace.audit.control;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * When the log's retention runs: once per interval, at instants that are the same on every
 * server instance because they follow from the clock alone, {@link #OFFSET} past each whole
 * multiple of the interval since the epoch (hourly: minute 17 of every hour). The instance
 * that runs a turn claims it for {@link #claimPeriod()}, five sixths of the interval: the
 * other instances' timers, firing at the same instant give or take clock skew, find the turn
 * taken, and every instance's next firing finds the job due again.
 *
 * @param interval a second or more, in whole milliseconds
 */
public record RetentionSchedule(Duration interval) {

    /** The offset of the runs from the interval's multiples: off the full hour's crowd of jobs. */
    static final Duration OFFSET = Duration.ofMinutes(17);

    static final Duration MINIMUM = Duration.ofSeconds(1);

    public static final RetentionSchedule DEFAULT = new RetentionSchedule(Duration.ofHours(1));

    public RetentionSchedule {
        if (interval.compareTo(MINIMUM) < 0) {
            throw new IllegalArgumentException("The retention interval must be a second or more: " + interval);
        }
        interval = Duration.ofMillis(interval.toMillis());
    }

    /**
     * The schedule of a setting such as {@code PT1H} or {@code PT10M} (ISO-8601); empty when it
     * is not a duration of a second or more.
     */
    public static Optional<RetentionSchedule> of(String setting) {
        try {
            Duration interval = Duration.parse(setting.strip());
            return interval.compareTo(MINIMUM) < 0 ? Optional.empty() : Optional.of(new RetentionSchedule(interval));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The first run strictly after {@code now}. */
    public Instant firstRunAfter(Instant now) {
        long every = interval.toMillis();
        long offset = OFFSET.toMillis() % every;
        long previous = Math.floorDiv(now.toEpochMilli() - offset, every) * every + offset;
        return Instant.ofEpochMilli(previous + every);
    }

    /** How long a claimed turn keeps the job from being claimed again (an hour: 50 minutes). */
    public Duration claimPeriod() {
        return Duration.ofMillis(interval.toMillis() * 5 / 6);
    }
}
