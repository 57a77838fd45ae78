package org.scimspace.audit.control;

import java.util.regex.Pattern;

/**
 * Makes any text fit for the log: secrets blanked, cut to its column. The callers never pass
 * a secret on purpose; this catches the one that arrives by accident, say a token pasted into
 * a display name that an error detail quotes.
 */
public final class LogText {

    static final String REDACTED = "[redacted]";

    /** Our own token formats, and a token-like word after "Bearer". */
    private static final Pattern SECRET =
            Pattern.compile("(?i)\\b(?:scim|mgmt)_[A-Za-z0-9_-]{16,}|(?<=bearer )[A-Za-z0-9._~+/=-]{16,}");

    private LogText() {}

    /** The text scrubbed and cut to {@code max} characters, or null. */
    public static String fit(String text, int max) {
        if (text == null) {
            return null;
        }
        String scrubbed = SECRET.matcher(text).replaceAll(REDACTED);
        return scrubbed.length() <= max ? scrubbed : scrubbed.substring(0, max - 1) + "…";
    }

    /** Like {@link #fit} for a column that must not be empty. */
    public static String required(String text, int max) {
        return fit(text == null || text.isBlank() ? "-" : text, max);
    }
}
