package org.scimspace.api;

import jakarta.ws.rs.WebApplicationException;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.scimspace.common.Json;

/** A management API request body as a JSON object, with typed reads that fail as 400. */
public final class JsonBody {

    private final Map<String, Object> fields;

    private JsonBody(Map<String, Object> fields) {
        this.fields = fields;
    }

    public static JsonBody parse(String text) {
        return new JsonBody(
                Json.parseObject(text).orElseThrow(() -> invalid("The request body must be a JSON object.", null)));
    }

    /** A body that must be a JSON array of strings. */
    public static List<String> parseStrings(String text, String field) {
        List<?> values = Json.parseArray(text)
                .orElseThrow(() -> invalid("The request body must be a JSON array of strings.", field));
        if (!values.stream().allMatch(String.class::isInstance)) {
            throw invalid("Every entry must be a string.", field);
        }
        return values.stream().map(String.class::cast).toList();
    }

    /** The object as parsed: maps, lists, strings, booleans and numbers, for bodies with nested structure. */
    public Map<String, Object> fields() {
        return fields;
    }

    public Optional<String> string(String name) {
        Object value = fields.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String text)) {
            throw invalid("'" + name + "' must be a string.", name);
        }
        return Optional.of(text);
    }

    /** A whole number that fits an int, if present. */
    public Optional<Integer> integer(String name) {
        Object value = fields.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof BigDecimal number) {
            try {
                return Optional.of(number.intValueExact());
            } catch (ArithmeticException e) {
                // answered below
            }
        }
        throw invalid("'" + name + "' must be a whole number.", name);
    }

    public boolean requiredBoolean(String name) {
        Object value = fields.get(name);
        if (!(value instanceof Boolean flag)) {
            throw invalid("'" + name + "' must be true or false.", name);
        }
        return flag;
    }

    private static WebApplicationException invalid(String detail, String field) {
        return new WebApplicationException(Problems.badRequest(detail, field));
    }
}
