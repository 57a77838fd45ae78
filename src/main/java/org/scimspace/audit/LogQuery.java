package org.scimspace.audit;

import java.time.Instant;

import org.scimspace.common.ServiceException;

/**
 * A search of one tenant's log: every criterion may be null ({@code requestId} finds the lines
 * of one HTTP request); {@code from} is inclusive,
 * {@code to} exclusive; {@code page} counts from 1. Guards its bounds so that no caller can
 * ask for an unbounded page.
 */
public record LogQuery(
        Instant from,
        Instant to,
        String userId,
        String workspaceId,
        LogType type,
        String requestId,
        int page,
        int size) {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 500;

    public LogQuery {
        if (page < 1) {
            throw ServiceException.invalid("page", "'page' must be 1 or more.");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw ServiceException.invalid("size", "'size' must be between 1 and " + MAX_SIZE + ".");
        }
        if ((long) (page - 1) * size > Integer.MAX_VALUE) {
            throw ServiceException.invalid("page", "'page' is beyond the end of any log.");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw ServiceException.invalid("from", "'from' must be before 'to'.");
        }
    }

    /** The index of the first line of the page, counting from 0. */
    int firstResult() {
        return (page - 1) * size;
    }
}
