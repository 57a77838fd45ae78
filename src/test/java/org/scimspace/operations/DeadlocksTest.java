package org.scimspace.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReentrantLock;

import org.junit.jupiter.api.Test;

/** The liveness check's view of this very JVM, with and without a real deadlock. */
class DeadlocksTest {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    @Test
    void noDeadlockNoNames() {
        assertEquals(List.of(), Deadlocks.threadNames(threads));
    }

    @Test
    void twoThreadsWaitingForEachOthersLockAreFound() throws Exception {
        ReentrantLock first = new ReentrantLock();
        ReentrantLock second = new ReentrantLock();
        CountDownLatch bothHoldOne = new CountDownLatch(2);
        Thread a = new Thread(() -> lockBoth(first, second, bothHoldOne), "deadlock-test-a");
        Thread b = new Thread(() -> lockBoth(second, first, bothHoldOne), "deadlock-test-b");
        a.setDaemon(true);
        b.setDaemon(true);
        a.start();
        b.start();
        try {
            List<String> found = List.of();
            for (int i = 0; i < 100 && found.isEmpty(); i++) {
                Thread.sleep(20);
                found = Deadlocks.threadNames(threads);
            }
            assertEquals(List.of("deadlock-test-a", "deadlock-test-b"), found);
        } finally {
            a.interrupt();
            b.interrupt();
            a.join(5_000);
            b.join(5_000);
        }
        assertTrue(Deadlocks.threadNames(threads).isEmpty(), "interrupted, they let go");
    }

    private static void lockBoth(ReentrantLock held, ReentrantLock wanted, CountDownLatch bothHoldOne) {
        held.lock();
        try {
            bothHoldOne.countDown();
            bothHoldOne.await();
            wanted.lockInterruptibly();
            wanted.unlock();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            held.unlock();
        }
    }
}
