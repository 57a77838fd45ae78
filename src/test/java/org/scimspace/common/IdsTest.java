package org.scimspace.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void idsAreVersion7UuidsOfTheIetfVariant() {
        UUID id = UUID.fromString(Ids.newId());
        assertEquals(7, id.version());
        assertEquals(2, id.variant());
        assertEquals(36, Ids.newId().length());
    }

    @Test
    void theTimeComesFirstSoLaterIdsSortAfterEarlierOnes() {
        UUID early = Ids.timeOrdered(1_764_000_000_000L, -1L, -1L);
        UUID late = Ids.timeOrdered(1_764_000_000_001L, 0L, 0L);
        assertTrue(early.toString().compareTo(late.toString()) < 0, early + " " + late);
        assertEquals(1_764_000_000_000L, early.getMostSignificantBits() >>> 16);
    }

    @Test
    void idsMadeInTheSameMillisecondDiffer() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            ids.add(Ids.newId());
        }
        assertEquals(100_000, ids.size());
    }
}
