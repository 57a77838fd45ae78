package org.scimspace.common;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The current time at millisecond precision: what a client reads back from the database
 * must equal what it was told when the row was written.
 */
public final class Timestamps {

    private Timestamps() {}

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
