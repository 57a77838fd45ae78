package org.scimspace.scim.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.scimspace.common.TokenBucket;

/**
 * One token bucket per tenant for the SCIM API ({@code scimspace.scim.rate-limit.per-second},
 * bursts up to twice that), so one customer's provisioning storm cannot starve the others.
 * Kept in memory: with several server instances behind a balancer each counts alone, and
 * the effective limit is that many times the setting.
 */
@ApplicationScoped
public class TenantRateLimiter {

    /** Well above the 25 requests per second Microsoft asks SCIM servers to take from Entra. */
    static final String DEFAULT_PER_SECOND = "2000";

    /** Past this many tenants, idle buckets are dropped: a full bucket is as good as a new one. */
    private static final int PRUNE_ABOVE = 1_000;

    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private LongSupplier clock = System::nanoTime;

    @Inject
    @ConfigProperty(name = "scimspace.scim.rate-limit.per-second", defaultValue = DEFAULT_PER_SECOND)
    int perSecond;

    /** For tests: a limiter with its own clock. */
    static TenantRateLimiter of(int perSecond, LongSupplier clock) {
        TenantRateLimiter limiter = new TenantRateLimiter();
        limiter.perSecond = perSecond;
        limiter.clock = clock;
        return limiter;
    }

    /**
     * @return empty when the tenant may go ahead, else how many nanoseconds it must wait;
     *     always empty when the limit is switched off (0 or less)
     */
    public OptionalLong waitFor(String tenantId) {
        if (perSecond <= 0) {
            return OptionalLong.empty();
        }
        if (buckets.size() > PRUNE_ABOVE) {
            buckets.values().removeIf(TokenBucket::isFull);
        }
        long wait = buckets.computeIfAbsent(tenantId, id -> new TokenBucket(perSecond, 2 * perSecond, clock))
                .tryTake();
        return wait == 0 ? OptionalLong.empty() : OptionalLong.of(wait);
    }

    /** For tests: how many buckets are kept. */
    int size() {
        return buckets.size();
    }
}
