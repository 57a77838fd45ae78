package org.scimspace.scim.schema;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * How a SCIM {@code dateTime} string (RFC 7643 §2.3.5) reads as an instant. One rule for the
 * values the directory stores and the literals filters compare them with, so that both sides
 * of a comparison agree. Only date-times with a zone offset ({@code Z} or {@code +01:00}) are
 * instants; a local date-time names no point in time and is not guessed at.
 */
public final class DateTimes {

    private DateTimes() {}

    public static Optional<Instant> parse(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
