package org.scimspace.common;

/**
 * A request a service refuses: bad input (naming the field), a broken rule, or an unknown id.
 * The management API turns it into RFC 9457 problem details, the console into a message
 * beside the field. Declared an application exception in ejb-jar.xml, so it rolls back.
 */
public class ServiceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the request was refused. */
    public enum Kind {
        INVALID,
        CONFLICT,
        NOT_FOUND,
        STALE,
        /** The server is not configured for it (a setting is missing): not the client's fault. */
        UNAVAILABLE
    }

    private final Kind kind;
    private final String field;

    public ServiceException(Kind kind, String field, String message) {
        super(message);
        this.kind = kind;
        this.field = field;
    }

    public static ServiceException invalid(String field, String message) {
        return new ServiceException(Kind.INVALID, field, message);
    }

    public static ServiceException conflict(String message) {
        return new ServiceException(Kind.CONFLICT, null, message);
    }

    public static ServiceException notFound(String message) {
        return new ServiceException(Kind.NOT_FOUND, null, message);
    }

    /** The client's version (If-Match) is not the current one. */
    public static ServiceException stale(String message) {
        return new ServiceException(Kind.STALE, null, message);
    }

    public static ServiceException unavailable(String message) {
        return new ServiceException(Kind.UNAVAILABLE, null, message);
    }

    public Kind kind() {
        return kind;
    }

    /** The input field at fault, or {@code null}. */
    public String field() {
        return field;
    }
}
