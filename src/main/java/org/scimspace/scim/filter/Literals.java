package org.scimspace.scim.filter;

import java.math.BigDecimal;
import java.util.Locale;

import org.scimspace.scim.ScimException;
import org.scimspace.scim.schema.AttributeType;
import org.scimspace.scim.schema.DateTimes;

/**
 * Checks a filter literal against the type of what it is compared with and converts it to
 * the form the stored value has, so that a type mismatch is a clear {@code invalidFilter}
 * instead of a comparison that silently matches nothing.
 */
final class Literals {

    /**
     * Escapes LIKE wildcards in literals. It is the default LIKE escape of H2 and PostgreSQL, and
     * not named in an ESCAPE clause on purpose: EclipseLink cannot bind an ESCAPE clause, and
     * then binds no literal of the whole statement (and prints booleans as 1/0, which H2 2.x
     * rejects).
     */
    private static final char ESCAPE = '\\';

    private Literals() {}

    /** The LIKE pattern of a {@code co}, {@code sw} or {@code ew} comparison with {@code literal}. */
    static String likePattern(Operator operator, String literal) {
        StringBuilder pattern = new StringBuilder(literal.length() + 8);
        if (operator != Operator.SW) {
            pattern.append('%');
        }
        for (char c : literal.toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                pattern.append(ESCAPE);
            }
            pattern.append(c);
        }
        if (operator != Operator.EW) {
            pattern.append('%');
        }
        return pattern.toString();
    }

    /**
     * A string comparison done here rather than in the database, for a value that is the same
     * for every resource or membership.
     *
     * @param operator never {@link Operator#NE}
     */
    static boolean matches(String value, Operator operator, String literal) {
        switch (operator) {
            case EQ:
                return value.equals(literal);
            case CO:
                return value.contains(literal);
            case SW:
                return value.startsWith(literal);
            case EW:
                return value.endsWith(literal);
            case GT:
                return value.compareTo(literal) > 0;
            case GE:
                return value.compareTo(literal) >= 0;
            case LT:
                return value.compareTo(literal) < 0;
            default:
                return value.compareTo(literal) <= 0;
        }
    }

    /** The type a value of an extension the schema does not describe is compared as. */
    static AttributeType typeOf(Object literal) {
        if (literal instanceof Boolean) {
            return AttributeType.BOOLEAN;
        }
        return literal instanceof BigDecimal ? AttributeType.DECIMAL : AttributeType.STRING;
    }

    /** The {@code UserValue} field that holds values of that type. */
    static String valueField(AttributeType type, boolean caseExact) {
        switch (type) {
            case BOOLEAN:
                return "boolValue";
            case INTEGER:
            case DECIMAL:
                return "numValue";
            case DATE_TIME:
                return "timeValue";
            default:
                return caseExact ? "strValue" : "strKey";
        }
    }

    /**
     * The literal as compared: lower case for case-insensitive strings, an {@link java.time.Instant}
     * for date-times, a {@link Boolean} for booleans.
     *
     * @param operator never {@link Operator#NE}, which is rewritten to {@code not eq} before
     */
    static Object typed(AttributeType type, boolean caseExact, Operator operator, Object literal, AttributePath path) {
        switch (type) {
            case STRING:
            case REFERENCE:
                if (!(literal instanceof String text)) {
                    throw mismatch(path, "a string", literal);
                }
                return caseExact ? text : text.toLowerCase(Locale.ROOT);
            case BOOLEAN:
                requireOrder(operator == Operator.EQ, path, "a boolean", "eq and ne");
                if (literal instanceof Boolean) {
                    return literal;
                }
                if (literal instanceof String text
                        && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
                    return Boolean.valueOf(text);
                }
                throw mismatch(path, "a boolean", literal);
            case INTEGER:
            case DECIMAL:
                requireOrder(!isSubstring(operator), path, "a number", "eq, ne, gt, ge, lt and le");
                if (!(literal instanceof BigDecimal)) {
                    throw mismatch(path, "a number", literal);
                }
                return literal;
            case DATE_TIME:
                requireOrder(!isSubstring(operator), path, "a dateTime", "eq, ne, gt, ge, lt and le");
                if (!(literal instanceof String text)) {
                    throw mismatch(path, "a dateTime", literal);
                }
                return DateTimes.parse(text)
                        .orElseThrow(() -> ScimException.invalidFilter("Attribute '" + path + "' is a dateTime; \""
                                + text + "\" is not a date-time such as \"2011-05-13T04:42:34Z\""));
            default:
                throw ScimException.invalidFilter(
                        "Attribute '" + path + "' is " + type.wireName() + " and cannot be searched");
        }
    }

    private static boolean isSubstring(Operator operator) {
        return operator == Operator.CO || operator == Operator.SW || operator == Operator.EW;
    }

    private static void requireOrder(boolean supported, AttributePath path, String kind, String operators) {
        if (!supported) {
            throw ScimException.invalidFilter(
                    "Attribute '" + path + "' is " + kind + " and supports only " + operators);
        }
    }

    private static ScimException mismatch(AttributePath path, String kind, Object literal) {
        String shown = literal instanceof String text ? "\"" + text + "\"" : String.valueOf(literal);
        return ScimException.invalidFilter("Attribute '" + path + "' is " + kind + "; " + shown + " is not " + kind);
    }
}
