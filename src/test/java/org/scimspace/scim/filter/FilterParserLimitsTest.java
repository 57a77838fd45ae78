package org.scimspace.scim.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.scimspace.scim.ScimException;

/** The size and nesting limits that keep hostile filters away from the stack and the database. */
class FilterParserLimitsTest {

    @Test
    void acceptsNestingUpToTheLimit() {
        int levels = FilterParser.MAX_DEPTH;
        String text = "(".repeat(levels) + "a pr" + ")".repeat(levels);
        assertEquals(pr("a"), FilterParser.parse(text));
    }

    @Test
    void rejectsNestingBeyondTheLimit() {
        int levels = FilterParser.MAX_DEPTH + 1;
        String text = "(".repeat(levels) + "a pr" + ")".repeat(levels);
        assertLimit(text, "50 levels");
    }

    @Test
    void rejectsDeepParenthesesWithoutOverflowingTheStack() {
        assertLimit("(".repeat(10_000), "50 levels");
    }

    @Test
    void rejectsDeepNotsWithoutOverflowingTheStack() {
        assertLimit("not (".repeat(2_000), "50 levels");
    }

    @Test
    void countsBracketsAsNesting() {
        int levels = FilterParser.MAX_DEPTH;
        String text = "(".repeat(levels - 1) + "emails[type pr]" + ")".repeat(levels - 1);
        assertEquals(new Filter.ValuePath(AttributePath.of("emails"), pr("type")), FilterParser.parse(text));
        assertLimit("(" + text + ")", "50 levels");
    }

    @Test
    void acceptsComparisonsUpToTheLimit() {
        String text = String.join(" or ", Collections.nCopies(FilterParser.MAX_COMPARISONS, "a eq 1"));
        assertTrue(FilterParser.parse(text) instanceof Filter.Or);
    }

    @Test
    void rejectsTooManyComparisons() {
        String text = String.join(" and ", Collections.nCopies(FilterParser.MAX_COMPARISONS + 1, "a pr"));
        assertLimit(text, "100 comparisons");
    }

    @Test
    void countsComparisonsInsideBrackets() {
        String inner = String.join(" or ", Collections.nCopies(FilterParser.MAX_COMPARISONS, "type pr"));
        assertLimit("a pr and emails[" + inner + "]", "100 comparisons");
    }

    @Test
    void rejectsOverlongText() {
        String text = "userName eq \"" + "x".repeat(FilterScanner.MAX_LENGTH) + "\"";
        assertLimit(text, "10000 characters");
    }

    @Test
    void acceptsTextAtTheLengthLimit() {
        String prefix = "userName eq \"";
        String text = prefix + "x".repeat(FilterScanner.MAX_LENGTH - prefix.length() - 1) + "\"";
        assertEquals(FilterScanner.MAX_LENGTH, text.length());
        assertTrue(FilterParser.parse(text) instanceof Filter.Compare);
    }

    /** Random token soup must only ever parse or fail with invalidFilter, never leak another exception. */
    @Test
    void neverThrowsAnythingButInvalidFilter() {
        String[] pieces = {
            "a",
            "b.c",
            "urn:x:y:z",
            "eq",
            "pr",
            "and",
            "or",
            "not",
            "(",
            ")",
            "[",
            "]",
            "\"s\"",
            "\"",
            "\\",
            "1",
            "-2.5e3",
            "true",
            "null",
            " ",
            " ",
            ".",
            ":",
            "$ref",
            "\\u00"
        };
        Random random = new Random(7644);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(12);
            for (int j = 0; j < length; j++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            try {
                FilterParser.parse(text.toString());
            } catch (ScimException e) {
                assertInvalidFilter(e);
            }
        }
    }

    private static void assertLimit(String text, String limit) {
        ScimException error = assertThrows(ScimException.class, () -> FilterParser.parse(text));
        assertInvalidFilter(error);
        assertTrue(error.detail().contains(limit), error.detail());
    }

    private static void assertInvalidFilter(ScimException error) {
        assertEquals(400, error.status());
        assertEquals("invalidFilter", error.scimType());
        assertTrue(error.detail() != null && !error.detail().isBlank());
    }

    private static Filter pr(String attribute) {
        return new Filter.Present(AttributePath.of(attribute));
    }
}
