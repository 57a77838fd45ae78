package org.scimspace.api;

import jakarta.ws.rs.WebApplicationException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code ?page=&size=} of the management API's lists (1-based pages) and their envelope. */
public record ApiPage(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    public static ApiPage of(String page, String size) {
        return new ApiPage(
                number("page", page, 1, 1, Integer.MAX_VALUE), number("size", size, DEFAULT_SIZE, 1, MAX_SIZE));
    }

    public int firstResult() {
        return (int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * size);
    }

    public Map<String, Object> envelope(long total, List<?> items) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", items);
        body.put("total", total);
        body.put("page", page);
        body.put("size", size);
        return body;
    }

    private static int number(String name, String value, int absent, int min, int max) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new WebApplicationException(
                Problems.badRequest("'" + name + "' must be a whole number from " + min + " to " + max + ".", name));
    }
}
