package org.scimspace.scim.boundary;

import org.scimspace.scim.ScimException;

/**
 * RFC 7644 §3.4.2.4 paging: 1-based {@code startIndex} (below 1 means 1), {@code count}
 * capped at the published maximum ({@code 0} asks for totals only, negative means 0).
 */
public record Paging(int startIndex, int count) {

    public static final int DEFAULT_COUNT = 100;
    public static final int MAX_COUNT = 1000;

    public static Paging of(String startIndex, String count) {
        int start = Math.max(1, integer("startIndex", startIndex, 1));
        int size = Math.min(MAX_COUNT, Math.max(0, integer("count", count, DEFAULT_COUNT)));
        return new Paging(start, size);
    }

    public static Paging of(Object startIndex, Object count) {
        return of(startIndex == null ? null : startIndex.toString(), count == null ? null : count.toString());
    }

    public int firstResult() {
        return startIndex - 1;
    }

    private static int integer(String name, String value, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return new java.math.BigDecimal(value.trim()).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw ScimException.invalidValue("'" + name + "' must be an integer.");
        }
    }
}
