package org.scimspace.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/** Runs {@code task(i)} for i in [from, to) on a fixed number of threads, with progress. */
final class Parallel {

    private static final long PROGRESS_EVERY_NANOS = 10_000_000_000L;
    private static final int PROGRESS_FROM = 5_000;

    private Parallel() {}

    static void forEach(String label, int threads, int from, int to, IntConsumer task) {
        int total = to - from;
        if (total <= 0) {
            return;
        }
        AtomicInteger next = new AtomicInteger(from);
        AtomicInteger done = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < Math.min(threads, total); t++) {
            Thread worker = new Thread(
                    () -> {
                        int i;
                        while (failure.get() == null && (i = next.getAndIncrement()) < to) {
                            try {
                                task.accept(i);
                                done.incrementAndGet();
                            } catch (Throwable e) {
                                failure.compareAndSet(null, e);
                            }
                        }
                    },
                    label + "-" + t);
            workers.add(worker);
            worker.start();
        }
        long start = System.nanoTime();
        long lastReport = start;
        for (Thread worker : workers) {
            while (worker.isAlive()) {
                join(worker, 1000);
                long now = System.nanoTime();
                if (total >= PROGRESS_FROM && now - lastReport >= PROGRESS_EVERY_NANOS) {
                    lastReport = now;
                    int finished = done.get();
                    double rate = finished / ((now - start) / 1e9);
                    Bench.log(String.format(
                            "  %s: %,d / %,d (%.0f/s, about %.0f s left)",
                            label, finished, total, rate, rate > 0 ? (total - finished) / rate : 0.0));
                }
            }
        }
        if (failure.get() != null) {
            throw new IllegalStateException(label + " failed: " + failure.get().getMessage(), failure.get());
        }
        if (total >= PROGRESS_FROM) {
            Bench.log(String.format("  %s: %,d done in %.1f s", label, total, (System.nanoTime() - start) / 1e9));
        }
    }

    private static void join(Thread worker, long millis) {
        try {
            worker.join(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
