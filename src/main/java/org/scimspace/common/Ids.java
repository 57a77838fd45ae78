package org.scimspace.common;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Application-assigned identifiers (H2 2.x and EclipseLink disagree on IDENTITY columns):
 * UUIDs of version 7 (RFC 9562), which begin with the time in milliseconds. New rows' keys
 * therefore land at the end of each primary key index instead of at a random place: a random
 * UUID made every insert rewrite another index page, which the embedded H2 writes out whole at
 * each commit. The 74 random bits keep ids unique across threads and server instances; ids
 * are not secrets.
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {}

    public static String newId() {
        return timeOrdered(System.currentTimeMillis(), RANDOM.nextLong(), RANDOM.nextLong())
                .toString();
    }

    static UUID timeOrdered(long epochMillis, long randomHigh, long randomLow) {
        long msb = (epochMillis << 16) | 0x7000L | (randomHigh & 0x0FFFL);
        long lsb = (randomLow & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }
}
