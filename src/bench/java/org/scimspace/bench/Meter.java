package org.scimspace.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Latencies and failures of one kind of measured request. */
final class Meter {

    private static final int KEPT_FAILURES = 5;

    final Latencies latencies = new Latencies();
    private final AtomicLong errors = new AtomicLong();
    private final List<String> firstFailures = new ArrayList<>();

    long errors() {
        return errors.get();
    }

    void error(String what) {
        errors.incrementAndGet();
        synchronized (firstFailures) {
            if (firstFailures.size() < KEPT_FAILURES) {
                firstFailures.add(what);
                Bench.log("  unexpected: " + what);
            }
        }
    }

    /** Sends, records the latency and, when the status is not one of {@code ok}, an error. */
    Http.Reply call(Http http, String method, String path, String body, int... ok) {
        long start = System.nanoTime();
        Http.Reply reply;
        try {
            reply = http.send(method, path, body);
        } catch (RuntimeException e) {
            latencies.add(System.nanoTime() - start);
            error(method + " " + path + ": " + e);
            return null;
        }
        latencies.add(System.nanoTime() - start);
        if (!reply.is(ok)) {
            error(method + " " + path + " -> " + reply.status() + " " + abbreviate(reply.body()));
        }
        return reply;
    }

    static String abbreviate(String text) {
        return text == null || text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
