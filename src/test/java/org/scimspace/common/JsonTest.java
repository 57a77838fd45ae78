package org.scimspace.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Inputs the JSON-B parser alone would crash on or accept although they are not one JSON value. */
class JsonTest {

    private static String nested(int levels) {
        return "{\"a\":" + "[".repeat(levels - 1) + "]".repeat(levels - 1) + "}";
    }

    @ParameterizedTest
    @ValueSource(ints = {100, 5_000, 1_000_000})
    void deepNestingIsNotJsonAndNeverOverflowsTheStack(int levels) {
        assertEquals(Optional.empty(), Json.parseObject(nested(levels)));
        assertEquals(Optional.empty(), Json.parseArray("[".repeat(levels)));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"a\":1}x",
                "{\"a\":1} {}",
                "{\"a\":1}}",
                "[1]]",
                "{\"a\":\"\\ud800\"}",
                "{\"a\":\"\\udc00\\ud800\"}",
                "{\"a\":\"\\ud800x\"}",
                "{\"a\":\"\\ud800\\n\"}"
            })
    void trailingContentAndLoneSurrogatesAreNotJson(String text) {
        assertEquals(
                Optional.empty(), Json.parseObject(text).map(Object.class::cast).or(() -> Json.parseArray(text)));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"a\":\"\\ud83d\\ude00\"}",
                "{\"a\":\"\\\\ud800\"}",
                "{\"a\":\"\\\"]]]]}}\"}",
                "{\"a\":\"\\u0000\"} \n",
            })
    void escapesAndBracketsInsideStringsAreFine(String text) {
        assertTrue(Json.parseObject(text).isPresent(), text);
    }

    @SuppressWarnings("unchecked")
    @Test
    void theDeepestAllowedDocumentParses() {
        Map<String, Object> parsed = Json.parseObject(nested(Json.MAX_DEPTH)).orElseThrow();
        List<Object> level = (List<Object>) parsed.get("a");
        for (int i = 2; i < Json.MAX_DEPTH; i++) {
            level = (List<Object>) level.get(0);
        }
        assertEquals(List.of(), level);
    }
}
