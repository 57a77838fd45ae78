package org.scimspace.scim.testing;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Parses JSON the way the server does (JSON-B), from text or from a captured payload. */
public final class Json {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private Json() {}

    @SuppressWarnings("unchecked")
    public static Map<String, Object> parse(String text) {
        return JSONB.fromJson(text, Map.class);
    }

    /** A captured Entra payload under {@code src/test/resources/entra/}. */
    public static Map<String, Object> entra(String fileName) {
        try (InputStream in = Json.class.getResourceAsStream("/entra/" + fileName)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + fileName);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON string literal for the text. */
    public static String quote(String text) {
        return JSONB.toJson(text);
    }
}
