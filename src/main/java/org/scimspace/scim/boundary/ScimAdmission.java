package org.scimspace.scim.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many SCIM requests this server instance works on at once
 * ({@code scimspace.scim.max-concurrent-requests}). A request past the limit waits a moment
 * for a place, then is turned away; {@link ScimAdmissionFilter} answers it 429 with
 * {@code Retry-After}, which Entra honours. Without it an overloaded server queues thousands
 * of requests in the HTTP container for many seconds and then drops connections unanswered.
 * At most half as many requests as the limit wait at once; past them a request is turned away
 * at once, so that under a storm the HTTP threads stay free to answer (Payara's pool has 200).
 */
@ApplicationScoped
public class ScimAdmission {

    /** Some 1.5 times the database pool (32): more at once only wait for connections. */
    static final String DEFAULT_LIMIT = "48";

    /** How long a request may wait for a place: long next to a request, short for a client. */
    static final Duration WAIT = Duration.ofMillis(250);

    private static final Logger LOG = Logger.getLogger(ScimAdmission.class.getName());
    private static final long REPORT_EVERY_NANOS = TimeUnit.MINUTES.toNanos(1);

    @Inject
    @ConfigProperty(name = "scimspace.scim.max-concurrent-requests", defaultValue = DEFAULT_LIMIT)
    int limit;

    private Semaphore places;
    private int maxWaiting;
    private Duration wait = WAIT;
    private final AtomicLong turnedAway = new AtomicLong();
    private final AtomicLong reportedAt = new AtomicLong(Long.MIN_VALUE);

    /** For tests: an admission of {@code limit} places. */
    static ScimAdmission of(int limit, Duration wait) {
        ScimAdmission admission = new ScimAdmission();
        admission.limit = limit;
        admission.wait = wait;
        admission.start();
        return admission;
    }

    @PostConstruct
    void start() {
        places = limit > 0 ? new Semaphore(limit, true) : null;
        maxWaiting = Math.max(1, limit / 2);
    }

    /**
     * @return whether the request may go ahead; if so the caller must {@link #leave()} when
     *     done. Always true when the limit is switched off (0 or less).
     */
    public boolean enter() {
        if (places == null) {
            return true;
        }
        try {
            if (places.tryAcquire(0, TimeUnit.NANOSECONDS)
                    || places.getQueueLength() < maxWaiting
                            && places.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS)) {
                return true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        turnedAway();
        return false;
    }

    public void leave() {
        if (places != null) {
            places.release();
        }
    }

    /** Requests working now. */
    int working() {
        return places == null ? 0 : limit - places.availablePermits();
    }

    /** Requests waiting for a place now (an estimate, as the semaphore gives it). */
    int waiting() {
        return places == null ? 0 : places.getQueueLength();
    }

    /** A warning at most once a minute, with the count since the last one. */
    private void turnedAway() {
        turnedAway.incrementAndGet();
        long now = System.nanoTime();
        long last = reportedAt.get();
        if ((last == Long.MIN_VALUE || now - last >= REPORT_EVERY_NANOS) && reportedAt.compareAndSet(last, now)) {
            LOG.warning(() -> "SCIM requests turned away with 429 (more than " + limit
                    + " at once, scimspace.scim.max-concurrent-requests): " + turnedAway.getAndSet(0)
                    + " since the last warning");
        }
    }
}
