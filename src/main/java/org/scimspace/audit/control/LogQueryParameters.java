package org.scimspace.audit.control;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.scimspace.audit.LogQuery;
import org.scimspace.audit.LogType;
import org.scimspace.common.RequestId;
import org.scimspace.common.ServiceException;

/**
 * Reads the query parameters of {@code GET /api/v1/log} into a {@link LogQuery}; a bad one
 * is refused naming it, so the client knows which to fix.
 */
public final class LogQueryParameters {

    private LogQueryParameters() {}

    public static LogQuery parse(
            String from,
            String to,
            String userId,
            String workspaceId,
            String type,
            String requestId,
            String page,
            String size,
            int defaultSize) {
        return new LogQuery(
                instant("from", from),
                instant("to", to),
                blankToNull(userId),
                blankToNull(workspaceId),
                type(type),
                requestId(requestId),
                integer("page", page, 1),
                integer("size", size, defaultSize));
    }

    private static Instant instant(String name, String value) {
        if (blankToNull(value) == null) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ServiceException.invalid(
                    name, "'" + name + "' must be an ISO 8601 instant such as 2026-01-31T12:00:00Z.");
        }
    }

    private static LogType type(String value) {
        if (blankToNull(value) == null) {
            return null;
        }
        try {
            return LogType.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ServiceException.invalid(
                    "type",
                    "'type' must be one of "
                            + Arrays.stream(LogType.values()).map(Enum::name).collect(Collectors.joining(", "))
                            + ".");
        }
    }

    private static String requestId(String value) {
        if (blankToNull(value) == null) {
            return null;
        }
        return RequestId.wellFormed(value.trim())
                .orElseThrow(() -> ServiceException.invalid(
                        "requestId",
                        "'requestId' must be 1 to " + RequestId.MAX_LENGTH
                                + " letters, digits, '-', '_', '.' or ':', as in the X-Request-Id header."));
    }

    private static int integer(String name, String value, int absent) {
        if (blankToNull(value) == null) {
            return absent;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ServiceException.invalid(name, "'" + name + "' must be a whole number.");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
