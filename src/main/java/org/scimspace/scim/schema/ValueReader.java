package org.scimspace.scim.schema;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.scimspace.scim.ScimException;

/**
 * Type-checks and coerces one raw JSON value against its {@link AttributeDef}, producing a
 * canonical value or {@code null} for "unset". Both resource reading and PATCH go through
 * here so that a value is accepted or refused the same way on every route.
 */
final class ValueReader {

    Object read(AttributeDef attribute, Object raw, String label) {
        if (CanonicalTree.isEmpty(raw)) {
            return null;
        }
        if (!attribute.multiValued()) {
            return readSingle(attribute, raw, label);
        }
        List<Object> values = new ArrayList<>();
        for (Object element : EntraShapes.multi(raw)) {
            Object value = readSingle(attribute, element, label);
            if (value != null) {
                values.add(value);
            }
        }
        return values.isEmpty() ? null : values;
    }

    Object readSingle(AttributeDef attribute, Object raw, String label) {
        if (CanonicalTree.isEmpty(raw)) {
            return null;
        }
        return switch (attribute.type()) {
            case COMPLEX -> readComplex(attribute, EntraShapes.singleComplex(attribute, raw), label);
            case STRING, REFERENCE -> string(raw, label);
            case BINARY -> binary(raw, label);
            case DATE_TIME -> dateTime(raw, label);
            case BOOLEAN -> bool(raw, label);
            case INTEGER -> integer(raw, label);
            case DECIMAL -> decimal(raw, label);
        };
    }

    private Map<String, Object> readComplex(AttributeDef attribute, Object raw, String label) {
        if (!(raw instanceof Map<?, ?> map)) {
            throw ScimException.invalidValue("Attribute '" + label + "' must be an object");
        }
        Map<String, Object> result = new LinkedHashMap<>();
        map.forEach((key, value) -> {
            Optional<AttributeDef> sub = attribute.subAttribute(String.valueOf(key));
            // Unknown and readOnly sub-attributes are tolerated and dropped: clients echo
            // back what they read (manager.displayName) and send members' "$ref": null.
            if (sub.isPresent() && sub.get().mutability() != Mutability.READ_ONLY) {
                Object subValue = read(sub.get(), value, label + "." + sub.get().name());
                if (subValue != null) {
                    result.put(sub.get().name(), subValue);
                }
            }
        });
        return result.isEmpty() ? null : result;
    }

    private static String string(Object raw, String label) {
        if (raw instanceof String s) {
            return s;
        }
        throw ScimException.invalidValue("Attribute '" + label + "' must be a string");
    }

    private static String binary(Object raw, String label) {
        String text = string(raw, label);
        try {
            Base64.getDecoder().decode(text);
            return text;
        } catch (IllegalArgumentException e) {
            throw ScimException.invalidValue("Attribute '" + label + "' must be base64-encoded binary");
        }
    }

    private static String dateTime(Object raw, String label) {
        String text = string(raw, label);
        try {
            OffsetDateTime.parse(text);
            return text;
        } catch (DateTimeParseException e) {
            throw ScimException.invalidValue("Attribute '" + label + "' must be an ISO 8601 date-time with offset");
        }
    }

    /** Entra sends booleans as the strings "True" and "False". */
    private static Boolean bool(Object raw, String label) {
        if (raw instanceof Boolean b) {
            return b;
        }
        if (raw instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
            return Boolean.valueOf(s.equalsIgnoreCase("true"));
        }
        throw ScimException.invalidValue("Attribute '" + label + "' must be a boolean");
    }

    private static BigDecimal integer(Object raw, String label) {
        BigDecimal number = number(raw, label, "an integer");
        if (number.stripTrailingZeros().scale() > 0) {
            throw ScimException.invalidValue("Attribute '" + label + "' must be an integer");
        }
        return number;
    }

    private static BigDecimal decimal(Object raw, String label) {
        return number(raw, label, "a number");
    }

    private static BigDecimal number(Object raw, String label, String what) {
        if (raw instanceof BigDecimal d) {
            return d;
        }
        if (raw instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        throw ScimException.invalidValue("Attribute '" + label + "' must be " + what);
    }
}
