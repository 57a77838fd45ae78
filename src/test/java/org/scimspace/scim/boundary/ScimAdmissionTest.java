package org.scimspace.scim.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class ScimAdmissionTest {

    @Test
    void aRequestPastTheLimitIsTurnedAwayUntilAPlaceIsGivenBack() {
        ScimAdmission admission = ScimAdmission.of(2, ScimAdmission.WAIT);
        assertTrue(admission.enter());
        assertTrue(admission.enter());
        assertEquals(2, admission.working());
        assertFalse(admission.enter(), "no place within the wait");
        admission.leave();
        assertTrue(admission.enter());
        admission.leave();
        admission.leave();
        assertEquals(0, admission.working());
    }

    @Test
    void aWaitingRequestGetsThePlaceGivenBackMeanwhile() throws Exception {
        ScimAdmission admission = ScimAdmission.of(1, ScimAdmission.WAIT);
        assertTrue(admission.enter());
        CountDownLatch waiting = new CountDownLatch(1);
        CompletableFuture<Boolean> next = CompletableFuture.supplyAsync(() -> {
            waiting.countDown();
            return admission.enter();
        });
        assertTrue(waiting.await(10, TimeUnit.SECONDS));
        admission.leave();
        assertTrue(next.get(10, TimeUnit.SECONDS), "admitted once the first left");
        assertEquals(1, admission.working());
    }

    @Test
    void pastHalfTheLimitWaitingARequestIsTurnedAwayAtOnce() throws Exception {
        ScimAdmission admission = ScimAdmission.of(2, Duration.ofMinutes(1));
        assertTrue(admission.enter());
        assertTrue(admission.enter());
        CompletableFuture<Boolean> waiter = CompletableFuture.supplyAsync(admission::enter);
        while (admission.waiting() < 1) {
            assertFalse(waiter.isDone(), "the first past the limit waits");
            Thread.onSpinWait();
        }
        boolean admitted = assertTimeoutPreemptively(Duration.ofSeconds(30), admission::enter, "not the minute's wait");
        assertFalse(admitted, "one waits already, the most for a limit of 2");
        admission.leave();
        assertTrue(waiter.get(30, TimeUnit.SECONDS), "the waiting one gets the place given back");
        assertEquals(2, admission.working());
    }

    @Test
    void zeroSwitchesTheLimitOff() {
        ScimAdmission admission = ScimAdmission.of(0, ScimAdmission.WAIT);
        for (int i = 0; i < 1_000; i++) {
            assertTrue(admission.enter());
        }
        assertEquals(0, admission.working());
    }
}
