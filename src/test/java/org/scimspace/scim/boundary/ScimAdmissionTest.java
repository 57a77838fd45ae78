package org.scimspace.scim.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class ScimAdmissionTest {

    @Test
    void aRequestPastTheLimitIsTurnedAwayUntilAPlaceIsGivenBack() {
        ScimAdmission admission = ScimAdmission.of(2);
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
        ScimAdmission admission = ScimAdmission.of(1);
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
    void zeroSwitchesTheLimitOff() {
        ScimAdmission admission = ScimAdmission.of(0);
        for (int i = 0; i < 1_000; i++) {
            assertTrue(admission.enter());
        }
        assertEquals(0, admission.working());
    }
}
