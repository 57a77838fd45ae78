package org.scimspace.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong(42 * SECOND);

    @Test
    void aFullBucketAllowsItsCapacityAtOnceThenAsksToWait() {
        TokenBucket bucket = new TokenBucket(10, 20, now::get);
        for (int i = 0; i < 20; i++) {
            assertEquals(0, bucket.tryTake(), "request " + i);
        }
        assertEquals(SECOND / 10, bucket.tryTake());
        assertFalse(bucket.isFull());
    }

    @Test
    void tokensComeBackAtTheRateUpToTheCapacity() {
        TokenBucket bucket = new TokenBucket(10, 20, now::get);
        for (int i = 0; i < 20; i++) {
            bucket.tryTake();
        }
        now.addAndGet(SECOND / 10);
        assertEquals(0, bucket.tryTake());
        assertTrue(bucket.tryTake() > 0);

        now.addAndGet(60 * SECOND);
        assertTrue(bucket.isFull());
        for (int i = 0; i < 20; i++) {
            assertEquals(0, bucket.tryTake(), "request " + i);
        }
        assertTrue(bucket.tryTake() > 0);
    }

    @Test
    void aSteadyClientAtTheRateNeverWaits() {
        TokenBucket bucket = new TokenBucket(25, 50, now::get);
        for (int i = 0; i < 10_000; i++) {
            assertEquals(0, bucket.tryTake(), "request " + i);
            now.addAndGet(SECOND / 25);
        }
    }
}
