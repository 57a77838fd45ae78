package org.scimspace.common;

import java.util.function.LongSupplier;

/**
 * A token bucket: {@code ratePerSecond} tokens arrive per second up to {@code capacity}, and
 * each request takes one. A steady client at the rate never waits; a quiet one may burst up
 * to the capacity. Thread-safe; the clock is a parameter so that tests need no sleeping.
 */
public final class TokenBucket {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final long capacityNanos;
    private final long nanosPerToken;
    private final LongSupplier clock;
    /** The time at which the bucket is full again; the tokens are the distance to it. */
    private long fullAt;

    /** @param clock nanoseconds of a monotonic clock, as {@link System#nanoTime()} */
    public TokenBucket(int ratePerSecond, int capacity, LongSupplier clock) {
        if (ratePerSecond < 1 || capacity < 1) {
            throw new IllegalArgumentException("rate and capacity must be at least 1");
        }
        this.nanosPerToken = NANOS_PER_SECOND / ratePerSecond;
        this.capacityNanos = nanosPerToken * capacity;
        this.clock = clock;
        this.fullAt = clock.getAsLong();
    }

    /** @return 0 when a token was taken, else the nanoseconds until one will be available */
    public synchronized long tryTake() {
        long now = clock.getAsLong();
        long start = Math.max(fullAt, now);
        long next = start + nanosPerToken;
        if (next - now > capacityNanos) {
            return next - now - capacityNanos;
        }
        fullAt = next;
        return 0;
    }

    /** Whether the bucket has refilled completely, so that a new one would behave the same. */
    public synchronized boolean isFull() {
        return fullAt - clock.getAsLong() <= 0;
    }
}
