package org.scimspace.audit.control;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import org.scimspace.common.Ids;

/**
 * Ids of log lines that sort like the lines were written: the millisecond, a counter of this
 * instance, then a UUID for uniqueness across instances. Several lines of one request share
 * a millisecond; ordering by time and then id keeps them newest first.
 */
public final class LogIds {

    private static final AtomicLong COUNTER = new AtomicLong();

    private LogIds() {}

    public static String next(Instant time) {
        return String.format("%012x-%016x-%s", time.toEpochMilli(), COUNTER.incrementAndGet(), Ids.newId());
    }
}
