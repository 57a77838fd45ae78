package org.scimspace.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class RetentionScheduleTest {

    @Test
    void byDefaultItRunsAtMinute17OfEveryHourAndClaimsFor50Minutes() {
        RetentionSchedule hourly = RetentionSchedule.of("PT1H").orElseThrow();
        assertEquals(RetentionSchedule.DEFAULT, hourly);
        assertEquals(
                Instant.parse("2026-04-10T12:17:00Z"), hourly.firstRunAfter(Instant.parse("2026-04-10T12:16:59.999Z")));
        assertEquals(
                Instant.parse("2026-04-10T13:17:00Z"), hourly.firstRunAfter(Instant.parse("2026-04-10T12:17:00Z")));
        assertEquals(
                Instant.parse("2026-04-11T00:17:00Z"), hourly.firstRunAfter(Instant.parse("2026-04-10T23:59:00Z")));
        assertEquals(Duration.ofMinutes(50), hourly.claimPeriod());
    }

    @Test
    void shorterIntervalsRunOnTheClocksMultiplesOfThem() {
        RetentionSchedule tenSeconds = RetentionSchedule.of("PT10S").orElseThrow();
        assertEquals(
                Instant.parse("2026-04-10T12:00:10Z"), tenSeconds.firstRunAfter(Instant.parse("2026-04-10T12:00:03Z")));
        assertEquals(Duration.ofMillis(8_333), tenSeconds.claimPeriod());
        RetentionSchedule sevenMinutes = RetentionSchedule.of("PT7M").orElseThrow();
        // 17 minutes past a multiple of 7 is 3 minutes past one
        assertEquals(Instant.parse("1970-01-01T00:03:00Z"), sevenMinutes.firstRunAfter(Instant.EPOCH));
        assertEquals(
                Instant.parse("1970-01-01T00:10:00Z"),
                sevenMinutes.firstRunAfter(Instant.parse("1970-01-01T00:03:00Z")));
    }

    @Test
    void aSettingThatIsNoDurationOfASecondOrMoreIsRefused() {
        assertEquals(Optional.empty(), RetentionSchedule.of("hourly"));
        assertEquals(Optional.empty(), RetentionSchedule.of("60"));
        assertEquals(Optional.empty(), RetentionSchedule.of("PT0S"));
        assertEquals(Optional.empty(), RetentionSchedule.of("PT0.5S"));
        assertEquals(Optional.empty(), RetentionSchedule.of("-PT1H"));
        assertThrows(IllegalArgumentException.class, () -> new RetentionSchedule(Duration.ZERO));
    }
}
