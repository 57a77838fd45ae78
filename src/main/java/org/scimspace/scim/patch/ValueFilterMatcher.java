package org.scimspace.scim.patch;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.scimspace.scim.ScimException;
import org.scimspace.scim.filter.AttributePath;
import org.scimspace.scim.filter.Filter;
import org.scimspace.scim.filter.Operator;
import org.scimspace.scim.schema.AttributeDef;
import org.scimspace.scim.schema.AttributeType;
import org.scimspace.scim.schema.ResourceReader;

/**
 * Evaluates a PATCH value filter ({@code emails[type eq "work"]}) on the elements of one
 * resource's multi-valued attribute, in memory: these lists are short, unlike a search,
 * which the database filters.
 */
final class ValueFilterMatcher {

    private ValueFilterMatcher() {}

    /** Refuses filters naming sub-attributes the attribute does not have. */
    static void validate(Filter filter, AttributeDef attribute) {
        if (filter instanceof Filter.And and) {
            validate(and.left(), attribute);
            validate(and.right(), attribute);
        } else if (filter instanceof Filter.Or or) {
            validate(or.left(), attribute);
            validate(or.right(), attribute);
        } else if (filter instanceof Filter.Not not) {
            validate(not.filter(), attribute);
        } else if (filter instanceof Filter.Compare compare) {
            sub(attribute, compare.path());
        } else if (filter instanceof Filter.Present present) {
            sub(attribute, present.path());
        } else {
            throw ScimException.invalidPath("A value filter of '" + attribute.name() + "' cannot nest another");
        }
    }

    static boolean matches(Filter filter, AttributeDef attribute, Object element) {
        if (!(element instanceof Map<?, ?> map)) {
            return false;
        }
        if (filter instanceof Filter.And and) {
            return matches(and.left(), attribute, map) && matches(and.right(), attribute, map);
        }
        if (filter instanceof Filter.Or or) {
            return matches(or.left(), attribute, map) || matches(or.right(), attribute, map);
        }
        if (filter instanceof Filter.Not not) {
            return !matches(not.filter(), attribute, map);
        }
        if (filter instanceof Filter.Present present) {
            return map.get(sub(attribute, present.path()).name()) != null;
        }
        Filter.Compare compare = (Filter.Compare) filter;
        AttributeDef sub = sub(attribute, compare.path());
        return compare(sub, map.get(sub.name()), compare.operator(), compare.value());
    }

    /**
     * The element a filter of equality conditions joined by {@code and} describes, so that
     * {@code emails[type eq "work"].value} can create the work email Entra assumes exists.
     * Empty for any other filter: there is no single element it describes.
     */
    static Optional<Map<String, Object>> seed(Filter filter, AttributeDef attribute, ResourceReader reader) {
        Map<String, Object> element = new LinkedHashMap<>();
        if (!collect(filter, attribute, reader, element) || !matches(filter, attribute, element)) {
            return Optional.empty();
        }
        return Optional.of(element);
    }

    private static boolean collect(
            Filter filter, AttributeDef attribute, ResourceReader reader, Map<String, Object> element) {
        if (filter instanceof Filter.And and) {
            return collect(and.left(), attribute, reader, element) && collect(and.right(), attribute, reader, element);
        }
        if (filter instanceof Filter.Compare compare && compare.operator() == Operator.EQ) {
            AttributeDef sub = sub(attribute, compare.path());
            Object value = reader.readSubValue(attribute, sub, compare.value());
            if (value != null) {
                element.put(sub.name(), value);
                return true;
            }
        }
        return false;
    }

    private static AttributeDef sub(AttributeDef attribute, AttributePath path) {
        if (path.urn() != null || path.subAttribute() != null) {
            throw ScimException.invalidPath(
                    "Invalid value filter attribute '" + path + "' in '" + attribute.name() + "'");
        }
        return attribute
                .subAttribute(path.attribute())
                .orElseThrow(() -> ScimException.invalidPath(
                        "Unknown sub-attribute '" + attribute.name() + "." + path.attribute() + "' in value filter"));
    }

    private static boolean compare(AttributeDef sub, Object actual, Operator operator, Object expected) {
        if (expected == null || actual == null) {
            boolean equal = expected == actual;
            return switch (operator) {
                case EQ -> equal;
                case NE -> !equal;
                default -> false;
            };
        }
        if (sub.type() == AttributeType.BOOLEAN) {
            return compareBoolean(actual, operator, expected);
        }
        if (sub.type() == AttributeType.INTEGER || sub.type() == AttributeType.DECIMAL) {
            if (!(expected instanceof BigDecimal number) || !(actual instanceof BigDecimal current)) {
                return operator == Operator.NE;
            }
            return ordered(operator, current.compareTo(number));
        }
        if (!(expected instanceof String text) || !(actual instanceof String current)) {
            return operator == Operator.NE;
        }
        if (sub.type() == AttributeType.DATE_TIME && isOrdering(operator)) {
            return ordered(operator, instant(current).compareTo(instant(text)));
        }
        return compareStrings(
                sub.caseExact() ? current : lower(current), operator, sub.caseExact() ? text : lower(text));
    }

    /** Entra writes booleans as "True"/"False", in filters too. */
    private static boolean compareBoolean(Object actual, Operator operator, Object expected) {
        Object wanted = expected instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))
                ? Boolean.valueOf(s.equalsIgnoreCase("true"))
                : expected;
        return switch (operator) {
            case EQ -> actual.equals(wanted);
            case NE -> !actual.equals(wanted);
            default -> throw ScimException.invalidFilter(
                    "Operator " + lower(operator.name()) + " does not apply to a boolean");
        };
    }

    private static boolean compareStrings(String actual, Operator operator, String expected) {
        return switch (operator) {
            case CO -> actual.contains(expected);
            case SW -> actual.startsWith(expected);
            case EW -> actual.endsWith(expected);
            default -> ordered(operator, actual.compareTo(expected));
        };
    }

    private static boolean ordered(Operator operator, int comparison) {
        return switch (operator) {
            case EQ -> comparison == 0;
            case NE -> comparison != 0;
            case GT -> comparison > 0;
            case GE -> comparison >= 0;
            case LT -> comparison < 0;
            case LE -> comparison <= 0;
            default -> throw ScimException.invalidFilter(
                    "Operator " + lower(operator.name()) + " does not apply to a number");
        };
    }

    private static boolean isOrdering(Operator operator) {
        return operator != Operator.CO && operator != Operator.SW && operator != Operator.EW;
    }

    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw ScimException.invalidFilter("'" + text + "' is not an ISO 8601 date-time");
        }
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
