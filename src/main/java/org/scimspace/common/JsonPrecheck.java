package org.scimspace.common;

/**
 * One cheap pass over JSON text before the parser sees it. JSON-B reads nested arrays and
 * objects recursively, so a body of a few thousand {@code [} ends in a StackOverflowError
 * instead of a parse error; it stops after the first value, so {@code {"a":1}garbage}
 * would pass as valid; and it accepts an escaped lone surrogate ({@code "\ud800"}), which
 * no UTF-8 response can carry, so the stored value would read back as {@code ?}. All three
 * are refused here without building anything.
 */
final class JsonPrecheck {

    /** Far above any SCIM or management document (they nest five levels at most). */
    static final int MAX_DEPTH = 64;

    private JsonPrecheck() {}

    /**
     * @return whether the text nests at most {@link #MAX_DEPTH} levels and, when it starts
     *     with an object or array, has nothing but whitespace after it, and escapes no lone
     *     surrogate; the parser judges everything else
     */
    static boolean acceptable(String text) {
        int depth = 0;
        boolean inString = false;
        boolean closed = false;
        boolean highSurrogate = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (closed) {
                if (!isWhitespace(c)) {
                    return false;
                }
            } else if (inString) {
                char escaped = c == '\\' ? unicodeEscape(text, i) : 0;
                if (highSurrogate != Character.isLowSurrogate(escaped)) {
                    return false;
                }
                highSurrogate = Character.isHighSurrogate(escaped);
                if (c == '\\') {
                    i += escaped == 0 ? 1 : 5;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                if (++depth > MAX_DEPTH) {
                    return false;
                }
            } else if (c == ']' || c == '}') {
                // A stray closer at depth 0 is left to the parser, which refuses it.
                closed = --depth == 0;
            }
        }
        return true;
    }

    /** The code unit of a {@code \\uXXXX} escape at {@code at}, or 0 for any other escape. */
    private static char unicodeEscape(String text, int at) {
        if (at + 5 >= text.length() || text.charAt(at + 1) != 'u') {
            return 0;
        }
        int unit = 0;
        for (int i = at + 2; i < at + 6; i++) {
            int digit = Character.digit(text.charAt(i), 16);
            if (digit < 0) {
                return 0;
            }
            unit = unit * 16 + digit;
        }
        return (char) unit;
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}
