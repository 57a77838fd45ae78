package org.scimspace.console;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Times as the console shows them: to the second, in UTC, said so. */
public final class ConsoleTimes {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private ConsoleTimes() {}

    public static String format(Instant time) {
        return time == null ? "" : FORMAT.format(time);
    }
}
