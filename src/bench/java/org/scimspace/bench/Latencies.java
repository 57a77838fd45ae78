package org.scimspace.bench;

import java.util.Arrays;

/** Latency samples in nanoseconds; percentiles by nearest rank over the sorted samples. */
final class Latencies {

    private long[] samples = new long[1024];
    private int count;

    synchronized void add(long nanos) {
        if (count == samples.length) {
            samples = Arrays.copyOf(samples, samples.length * 2);
        }
        samples[count++] = nanos;
    }

    synchronized void addAll(Latencies other) {
        long[] theirs = other.snapshot();
        for (long sample : theirs) {
            add(sample);
        }
    }

    synchronized int count() {
        return count;
    }

    /** The p-th percentile (0 < p ≤ 100) in nanoseconds, or -1 without samples. */
    synchronized long percentile(double p) {
        if (count == 0) {
            return -1;
        }
        long[] sorted = snapshot();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
    }

    synchronized long max() {
        return count == 0 ? -1 : Arrays.stream(snapshot()).max().orElse(-1);
    }

    private synchronized long[] snapshot() {
        return Arrays.copyOf(samples, count);
    }

    /** Milliseconds for the table: two decimals below 10 ms, one above. */
    static String ms(long nanos) {
        if (nanos < 0) {
            return "n/a";
        }
        double millis = nanos / 1e6;
        return millis < 10 ? String.format("%.2f ms", millis) : String.format("%.1f ms", millis);
    }
}
