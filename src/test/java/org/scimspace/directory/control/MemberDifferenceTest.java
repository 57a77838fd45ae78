package org.scimspace.directory.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class MemberDifferenceTest {

    @Test
    void addsTheNewAndRemovesTheGoneLeavingTheRest() {
        MemberDifference difference = MemberDifference.between(List.of("a", "b", "c"), List.of("d", "b", "e", "c"));
        assertEquals(List.of("d", "e"), difference.toAdd());
        assertEquals(List.of("a"), difference.toRemove());
    }

    @Test
    void sameSetsInAnyOrderAreNoChange() {
        assertTrue(
                MemberDifference.between(List.of("a", "b"), List.of("b", "a")).isEmpty());
    }

    @Test
    void emptyWantedRemovesEverything() {
        MemberDifference difference = MemberDifference.between(List.of("a", "b"), List.of());
        assertEquals(List.of(), difference.toAdd());
        assertEquals(List.of("a", "b"), difference.toRemove());
    }

    @Test
    void fromNothingAddsEachWantedIdOnceInOrder() {
        MemberDifference difference = MemberDifference.between(List.of(), List.of("x", "y", "x"));
        assertEquals(List.of("x", "y"), difference.toAdd());
        assertEquals(List.of(), difference.toRemove());
    }
}
