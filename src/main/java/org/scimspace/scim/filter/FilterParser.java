package org.scimspace.scim.filter;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

import org.scimspace.scim.ScimException;

/**
 * Parses SCIM filter text (RFC 7644 §3.4.2.2) into a {@link Filter} tree.
 *
 * <p>Hand-written recursive descent, so that every malformed input ends as an
 * {@code invalidFilter} error naming the offset and what was expected, and so that the
 * nesting and size limits are checked before deep input can cost stack or database time.
 * Precedence: {@code not} and parentheses bind tightest, then {@code and}, then {@code or};
 * both are left-associative. Keywords and operators are case-insensitive; attribute names
 * are kept as spelled, because the schema resolves them case-insensitively later.
 */
public final class FilterParser {

    static final int MAX_DEPTH = 50;
    static final int MAX_COMPARISONS = 100;

    /** The limits above in words, for clients: published in the ServiceProviderConfig. */
    public static final String LIMITS = "Filters may be up to " + FilterScanner.MAX_LENGTH + " characters long, nest "
            + MAX_DEPTH + " levels of parentheses and hold " + MAX_COMPARISONS + " comparisons.";

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*|(?i:\\$ref)");
    private static final Pattern NUMBER = Pattern.compile("-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?");
    private static final String URN_PREFIX = "urn:";
    private static final String OPERATORS = "an operator (eq, ne, co, sw, ew, gt, ge, lt, le or pr)";

    private final FilterScanner in;
    private int depth;
    private int comparisons;
    private boolean insideBrackets;

    FilterParser(FilterScanner in) {
        this.in = in;
    }

    /**
     * Parses a complete filter.
     *
     * @throws ScimException {@code invalidFilter} for any malformed or oversized filter
     */
    public static Filter parse(String text) {
        FilterParser parser = new FilterParser(FilterScanner.open(text, "Filter", ScimException::invalidFilter));
        Filter filter = parser.or();
        parser.in.skipWhitespace();
        if (parser.in.peek() == ')') {
            throw parser.in.fail("Unbalanced ')' at offset " + parser.in.position());
        }
        if (!parser.in.atEnd()) {
            throw parser.in.error("Expected 'and', 'or' or end of input");
        }
        return filter;
    }

    private Filter or() {
        Filter left = and();
        while (in.keyword("or")) {
            left = new Filter.Or(left, and());
        }
        return left;
    }

    private Filter and() {
        Filter left = factor();
        while (in.keyword("and")) {
            left = new Filter.And(left, factor());
        }
        return left;
    }

    private Filter factor() {
        in.skipWhitespace();
        if (in.peek() == '(') {
            return group();
        }
        if (in.keyword("not")) {
            in.skipWhitespace();
            if (in.peek() != '(') {
                throw in.error("Expected '(' after 'not'");
            }
            return new Filter.Not(group());
        }
        return attributeExpression();
    }

    private Filter group() {
        int open = in.position();
        enter(open);
        in.consume('(');
        Filter inner = or();
        in.skipWhitespace();
        if (!in.consume(')')) {
            throw in.error("Unclosed '(' at offset " + open + ": expected 'and', 'or' or ')'");
        }
        depth--;
        return inner;
    }

    private Filter attributeExpression() {
        AttributePath path = attributePath();
        if (in.peek() == '[') {
            return valuePath(path);
        }
        in.skipWhitespace();
        int at = in.position();
        String word = in.word();
        countComparison(at);
        if (word.equalsIgnoreCase("pr")) {
            return new Filter.Present(path);
        }
        return new Filter.Compare(path, operator(word, at), value());
    }

    private Filter valuePath(AttributePath path) {
        Filter inner = bracketedFilter();
        if (in.peek() == '.') {
            throw in.error("A sub-attribute after ']' is only allowed in PATCH paths, not in filters;"
                    + " expected 'and', 'or' or end of input");
        }
        return new Filter.ValuePath(path, inner);
    }

    /**
     * Parses {@code [valFilter]} at the current position. Inside the brackets only plain
     * sub-attribute names may appear and brackets may not nest, because the inner filter is
     * evaluated against one element of a multi-valued attribute.
     */
    Filter bracketedFilter() {
        int open = in.position();
        if (insideBrackets) {
            throw in.error("Brackets cannot be nested");
        }
        enter(open);
        in.consume('[');
        insideBrackets = true;
        Filter inner = or();
        in.skipWhitespace();
        if (!in.consume(']')) {
            throw in.error("Unclosed '[' at offset " + open + ": expected 'and', 'or' or ']'");
        }
        insideBrackets = false;
        depth--;
        return inner;
    }

    /** Reads an attribute path word at the current position (after optional whitespace). */
    AttributePath attributePath() {
        in.skipWhitespace();
        int start = in.position();
        String word = in.word();
        if (word.isEmpty()) {
            throw in.errorAt(start, "Expected an attribute path");
        }
        String urn = null;
        String rest = word;
        int restStart = start;
        if (word.regionMatches(true, 0, URN_PREFIX, 0, URN_PREFIX.length())) {
            int colon = word.lastIndexOf(':');
            if (colon < URN_PREFIX.length()) {
                throw in.errorAt(start, "Expected a schema URN followed by ':' and an attribute name");
            }
            urn = word.substring(0, colon);
            rest = word.substring(colon + 1);
            restStart = start + colon + 1;
        }
        int dot = rest.indexOf('.');
        String attribute = name(dot < 0 ? rest : rest.substring(0, dot), restStart, word);
        String subAttribute = dot < 0 ? null : name(rest.substring(dot + 1), restStart + dot + 1, word);
        if (insideBrackets && (urn != null || subAttribute != null)) {
            throw in.fail("Inside brackets only a plain sub-attribute name is allowed, at offset " + start + ", found '"
                    + word + "'");
        }
        return new AttributePath(urn, attribute, subAttribute);
    }

    /** Checks an ATTRNAME (or {@code $ref}); {@code word} is the whole path, quoted in the error. */
    String name(String candidate, int offset, String word) {
        if (NAME.matcher(candidate).matches()) {
            return candidate;
        }
        String expected = "Expected an attribute name (a letter, then letters, digits, '-' or '_')";
        if (candidate.isEmpty()) {
            throw in.errorAt(offset, expected);
        }
        String context = candidate.equals(word) ? "" : " in '" + word + "'";
        throw in.fail(expected + " at offset " + offset + ", found '" + candidate + "'" + context);
    }

    private Operator operator(String word, int at) {
        for (Operator operator : Operator.values()) {
            if (operator.name().equalsIgnoreCase(word)) {
                return operator;
            }
        }
        throw in.errorAt(at, "Expected " + OPERATORS);
    }

    private Object value() {
        in.skipWhitespace();
        if (in.peek() == '"') {
            return in.string();
        }
        int start = in.position();
        String word = in.word();
        switch (word.toLowerCase(Locale.ROOT)) {
            case "true":
                return Boolean.TRUE;
            case "false":
                return Boolean.FALSE;
            case "null":
                return null;
            default:
                break;
        }
        if (NUMBER.matcher(word).matches()) {
            try {
                return new BigDecimal(word);
            } catch (NumberFormatException e) {
                throw in.errorAt(start, "Number out of range");
            }
        }
        throw in.errorAt(start, "Expected a value (a string in double quotes, a number, true, false or null)");
    }

    /** Called before descending a level, so hostile nesting fails before it can exhaust the stack. */
    private void enter(int offset) {
        if (++depth > MAX_DEPTH) {
            throw in.fail("Filter nests deeper than the limit of " + MAX_DEPTH + " levels at offset " + offset);
        }
    }

    private void countComparison(int offset) {
        if (++comparisons > MAX_COMPARISONS) {
            throw in.fail("Filter has more than the limit of " + MAX_COMPARISONS + " comparisons, at offset " + offset);
        }
    }
}
