package org.scimspace.scim.resource;

import java.util.function.LongPredicate;

/** Weak ETags from resource revisions, and the {@code If-Match} check (RFC 7644 §3.14). */
public final class ETags {

    private ETags() {}

    public static String of(long revision) {
        return "W/\"" + revision + "\"";
    }

    /** Which revisions an {@code If-Match} header accepts: all when absent or {@code *}. */
    public static LongPredicate ifMatch(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return revision -> true;
        }
        return revision -> {
            for (String tag : header.split(",")) {
                String value = tag.trim();
                if (value.startsWith("W/")) {
                    value = value.substring(2);
                }
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                if (value.equals(Long.toString(revision))) {
                    return true;
                }
            }
            return false;
        };
    }
}
