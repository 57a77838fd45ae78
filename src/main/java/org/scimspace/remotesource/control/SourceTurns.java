package org.scimspace.remotesource.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Runs of one remote source on this server apply their files one at a time, in the order they
 * came. The database's lock on the source row is what keeps them apart (also across server
 * instances); waiting here first keeps them from waiting on that row lock instead, which H2
 * gives up after 10 seconds (LOCK_TIMEOUT), while applying a file of 100,000 rows takes longer.
 * Take a turn outside any transaction: a turn must never wait while holding row locks.
 */
@ApplicationScoped
public class SourceTurns {

    private final ConcurrentHashMap<String, Turn> turns = new ConcurrentHashMap<>();

    /** Does the work once no other work of the source runs on this server. */
    public <T> T inTurn(String sourceId, Supplier<T> work) {
        Turn turn = turns.compute(sourceId, (id, existing) -> (existing == null ? new Turn() : existing).join());
        turn.lock.lock();
        try {
            return work.get();
        } finally {
            turn.lock.unlock();
            turns.computeIfPresent(sourceId, (id, existing) -> existing.leave());
        }
    }

    /** A source's lock and how many runs want it: the entry goes when the last one leaves. */
    private static final class Turn {

        final ReentrantLock lock = new ReentrantLock(true);
        int wanted;

        Turn join() {
            wanted++;
            return this;
        }

        Turn leave() {
            return --wanted == 0 ? null : this;
        }
    }
}
