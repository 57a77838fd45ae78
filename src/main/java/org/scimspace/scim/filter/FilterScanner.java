package org.scimspace.scim.filter;

import java.util.function.Function;

import org.scimspace.scim.ScimException;

/**
 * A cursor over filter or path text that hands out the lexical pieces (words, JSON strings,
 * punctuation) and builds errors that name the character offset, so the parser above it only
 * deals with grammar. The error factory decides whether a problem is reported as
 * {@code invalidFilter} or {@code invalidPath}.
 */
final class FilterScanner {

    static final int MAX_LENGTH = 10_000;

    private static final int END = -1;
    private static final int MAX_QUOTED = 30;

    private final String text;
    private final Function<String, ScimException> errors;
    private int position;

    private FilterScanner(String text, Function<String, ScimException> errors) {
        this.text = text;
        this.errors = errors;
    }

    /** Rejects empty and oversized text up front, before any parsing work is spent on it. */
    static FilterScanner open(String text, String noun, Function<String, ScimException> errors) {
        if (text == null || text.isBlank()) {
            throw errors.apply(noun + " is empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw errors.apply(noun + " is longer than the limit of " + MAX_LENGTH + " characters");
        }
        return new FilterScanner(text, errors);
    }

    int position() {
        return position;
    }

    boolean atEnd() {
        return position >= text.length();
    }

    int peek() {
        return atEnd() ? END : text.charAt(position);
    }

    void skipWhitespace() {
        while (peek() == ' ' || peek() == '\t') {
            position++;
        }
    }

    boolean consume(char expected) {
        if (peek() != expected) {
            return false;
        }
        position++;
        return true;
    }

    /**
     * Reads the run of characters up to the next whitespace, control character, parenthesis,
     * bracket or quote.
     * Attribute paths, operators, keywords and bare literals are all such runs; what they
     * mean depends on where the parser is, so it validates them itself.
     */
    String word() {
        int start = position;
        while (isWordChar(peek())) {
            position++;
        }
        return text.substring(start, position);
    }

    /** Skips whitespace and consumes the next word if it is {@code keyword}, ignoring case. */
    boolean keyword(String keyword) {
        skipWhitespace();
        int start = position;
        if (word().equalsIgnoreCase(keyword)) {
            return true;
        }
        position = start;
        return false;
    }

    /** Reads a JSON string literal (RFC 8259 §7) starting at the opening quote. */
    String string() {
        int open = position;
        position++;
        StringBuilder value = new StringBuilder();
        while (true) {
            int c = peek();
            if (c == END) {
                throw fail("Unterminated string starting at offset " + open);
            }
            position++;
            if (c == '"') {
                return value.toString();
            }
            if (c == '\\') {
                value.append(escape());
            } else if (c < 0x20) {
                throw fail("Control character in string at offset " + (position - 1) + "; it must be escaped");
            } else {
                value.append((char) c);
            }
        }
    }

    private char escape() {
        int at = position - 1;
        int c = peek();
        position++;
        return switch (c) {
            case '"' -> '"';
            case '\\' -> '\\';
            case '/' -> '/';
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> unicodeEscape(at);
            case END -> throw fail("Unterminated string: escape at offset " + at + " ends the input");
            default -> throw fail("Invalid escape '\\" + (char) c + "' at offset " + at);
        };
    }

    private char unicodeEscape(int at) {
        int code = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(peek(), 16);
            if (peek() == END || digit < 0) {
                throw fail("Invalid unicode escape at offset " + at + ": expected four hex digits after '\\u'");
            }
            code = code * 16 + digit;
            position++;
        }
        return (char) code;
    }

    /** An error for what the parser expected at the current position. */
    ScimException error(String expected) {
        return errorAt(position, expected);
    }

    /** An error for what the parser expected at {@code offset}, quoting what is there instead. */
    ScimException errorAt(int offset, String expected) {
        return fail(expected + " at offset " + offset + ", found " + describe(offset));
    }

    ScimException fail(String detail) {
        return errors.apply(detail);
    }

    private String describe(int offset) {
        if (offset >= text.length()) {
            return "end of input";
        }
        char c = text.charAt(offset);
        if (Character.isISOControl(c)) {
            return String.format("character U+%04X", (int) c);
        }
        if (!isWordChar(c)) {
            return "'" + c + "'";
        }
        int end = offset;
        while (end < text.length() && isWordChar(text.charAt(end))) {
            end++;
        }
        if (end - offset > MAX_QUOTED) {
            return "'" + text.substring(offset, offset + MAX_QUOTED) + "...'";
        }
        return "'" + text.substring(offset, end) + "'";
    }

    private static boolean isWordChar(int c) {
        return c != END
                && !Character.isISOControl(c)
                && c != ' '
                && c != '('
                && c != ')'
                && c != '['
                && c != ']'
                && c != '"';
    }
}
