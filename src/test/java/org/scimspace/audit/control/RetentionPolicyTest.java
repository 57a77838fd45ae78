package org.scimspace.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class RetentionPolicyTest {

    private static final Instant NOW = Instant.parse("2026-04-10T12:17:00Z");

    @Test
    void keepsTheConfiguredNumberOfDays() {
        assertEquals(
                Optional.of(Instant.parse("2026-01-10T12:17:00Z")),
                new RetentionPolicy(RetentionPolicy.DEFAULT_DAYS).cutoff(NOW));
        assertEquals(Optional.of(Instant.parse("2026-04-09T12:17:00Z")), new RetentionPolicy(1).cutoff(NOW));
    }

    @Test
    void aSettingBelowOneDayPurgesNothing() {
        assertEquals(Optional.empty(), new RetentionPolicy(0).cutoff(NOW));
        assertEquals(Optional.empty(), new RetentionPolicy(-5).cutoff(NOW));
    }
}
