package org.scimspace.scim.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class TenantRateLimiterTest {

    private final AtomicLong now = new AtomicLong();

    @Test
    void eachTenantHasItsOwnBucketWithABurstOfTwiceTheRate() {
        TenantRateLimiter limiter = TenantRateLimiter.of(5, now::get);
        for (int i = 0; i < 10; i++) {
            assertEquals(OptionalLong.empty(), limiter.waitFor("a"), "request " + i);
        }
        assertTrue(limiter.waitFor("a").isPresent());
        assertEquals(OptionalLong.empty(), limiter.waitFor("b"));
    }

    @Test
    void zeroSwitchesTheLimitOff() {
        TenantRateLimiter limiter = TenantRateLimiter.of(0, now::get);
        for (int i = 0; i < 10_000; i++) {
            assertEquals(OptionalLong.empty(), limiter.waitFor("a"));
        }
    }

    @Test
    void manyTenantsDoNotGrowMemoryWithoutBound() {
        TenantRateLimiter limiter = TenantRateLimiter.of(5, now::get);
        for (int i = 0; i < 100_000; i++) {
            limiter.waitFor("tenant-" + i);
            now.addAndGet(1_000_000_000L);
        }
        assertTrue(limiter.size() <= 1_001, () -> "buckets: " + limiter.size());
    }
}
