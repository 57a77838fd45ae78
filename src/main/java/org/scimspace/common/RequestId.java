package org.scimspace.common;

import java.util.Optional;
import java.util.UUID;

/**
 * The id that ties a response to the log lines of its request ({@value #HEADER}). An id a
 * load balancer or client sent is kept when it is well formed, so one id follows a request
 * through every hop; otherwise a new one is made. Well formed means 1 to {@value #MAX_LENGTH}
 * letters, digits, {@code - _ . :}: nothing that could break a log line, a header, a JSON
 * string or a query parameter, and it fits its column in the provisioning log.
 */
public final class RequestId {

    public static final String HEADER = "X-Request-Id";
    public static final int MAX_LENGTH = 64;

    private RequestId() {}

    /** The id itself when it is well formed. */
    public static Optional<String> wellFormed(String candidate) {
        if (candidate == null || candidate.isEmpty() || candidate.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        for (int i = 0; i < candidate.length(); i++) {
            if (!isAllowed(candidate.charAt(i))) {
                return Optional.empty();
            }
        }
        return Optional.of(candidate);
    }

    /** The incoming id when it is well formed, a new one otherwise. */
    public static String acceptOrGenerate(String incoming) {
        return wellFormed(incoming).orElseGet(RequestId::generate);
    }

    /** A new id: a random UUID, unique without coordination between servers. */
    public static String generate() {
        return UUID.randomUUID().toString();
    }

    private static boolean isAllowed(char c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || c == '-'
                || c == '_'
                || c == '.'
                || c == ':';
    }
}
