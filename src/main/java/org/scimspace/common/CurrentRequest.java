package org.scimspace.common;

import java.util.Optional;

/**
 * The HTTP request the current thread serves: its id and the client's address, for log lines
 * and provisioning log entries. Bound to the thread rather than to a CDI scope because
 * exception mappers, static helpers and services read it without injection, and code that
 * runs outside any request (timers, start-up) must simply find none. Every request is served
 * on one thread from the servlet filter to the response, which binds it and unbinds it.
 */
public record CurrentRequest(String id, String remoteAddress) {

    private static final ThreadLocal<CurrentRequest> BOUND = new ThreadLocal<>();

    /** Undoes a {@link #bind}, bringing back the request bound before, if any. */
    public interface Binding extends AutoCloseable {
        @Override
        void close();
    }

    /** Makes {@code request} the thread's current request until the binding is closed. */
    public static Binding bind(CurrentRequest request) {
        CurrentRequest previous = BOUND.get();
        BOUND.set(request);
        return () -> {
            if (previous == null) {
                BOUND.remove();
            } else {
                BOUND.set(previous);
            }
        };
    }

    public static Optional<CurrentRequest> get() {
        return Optional.ofNullable(BOUND.get());
    }

    /** The current request's id, if the thread serves a request. */
    public static Optional<String> currentId() {
        return get().map(CurrentRequest::id);
    }

    /**
     * {@code " [request <id>]"} for the end of a log message, or nothing outside a request:
     * the id in the server log is what support searches for when a client quotes it.
     */
    public static String logSuffix() {
        return currentId().map(id -> " [request " + id + "]").orElse("");
    }
}
