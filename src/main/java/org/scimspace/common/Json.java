package org.scimspace.common;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * JSON text to plain trees (maps, lists, strings, booleans, BigDecimal) and back, with one
 * shared, thread-safe JSON-B instance. Callers decide how a parse failure reaches the client.
 * Text nested deeper than {@link #MAX_DEPTH} levels, or with anything after its
 * top-level object or array, is not JSON here (see {@link JsonPrecheck}).
 */
public final class Json {

    /** How deep arrays and objects may nest in text this class parses. */
    public static final int MAX_DEPTH = JsonPrecheck.MAX_DEPTH;

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

    private Json() {}

    /** The JSON object in {@code text}, or empty when the text is not one JSON object. */
    @SuppressWarnings("unchecked")
    public static Optional<Map<String, Object>> parseObject(String text) {
        return parse(text).filter(Map.class::isInstance).map(parsed -> (Map<String, Object>) parsed);
    }

    /** The JSON array in {@code text}, or empty when the text is not one JSON array. */
    public static Optional<List<?>> parseArray(String text) {
        return parse(text).filter(List.class::isInstance).map(parsed -> (List<?>) parsed);
    }

    private static Optional<Object> parse(String text) {
        if (text == null || text.isBlank() || !JsonPrecheck.acceptable(text)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(JSONB.fromJson(text, Object.class));
        } catch (JsonbException | ClassCastException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    /** Like {@link #parseObject} for a document this application wrote itself. */
    public static Map<String, Object> readStored(String text) {
        return parseObject(text).orElseGet(LinkedHashMap::new);
    }

    public static String write(Object tree) {
        return JSONB.toJson(tree);
    }
}
