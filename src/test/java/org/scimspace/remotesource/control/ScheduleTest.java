package org.scimspace.remotesource.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scimspace.common.ServiceException;

class ScheduleTest {

    @Test
    void hourlyUnlessSaidOtherwise() {
        assertEquals(60, Schedule.intervalMinutes(null));
        assertEquals(0, Schedule.intervalMinutes(0));
        assertEquals(5, Schedule.intervalMinutes(5));
        assertEquals(10080, Schedule.intervalMinutes(10080));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 1, 4, 10081, Integer.MAX_VALUE})
    void refusesOtherIntervalsOnTheirField(int minutes) {
        ServiceException refused = assertThrows(ServiceException.class, () -> Schedule.intervalMinutes(minutes));
        assertEquals("intervalMinutes", refused.field());
        assertEquals(ServiceException.Kind.INVALID, refused.kind());
    }

    @Test
    void describesIntervalsAsPeopleSayThem() {
        assertEquals("only on demand", Schedule.describe(0));
        assertEquals("every 5 minutes", Schedule.describe(5));
        assertEquals("every 90 minutes", Schedule.describe(90));
        assertEquals("hourly", Schedule.describe(60));
        assertEquals("every 6 hours", Schedule.describe(360));
        assertEquals("daily", Schedule.describe(1440));
        assertEquals("every 7 days", Schedule.describe(10080));
    }
}
