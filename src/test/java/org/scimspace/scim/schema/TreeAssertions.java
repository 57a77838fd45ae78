package org.scimspace.scim.schema;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.Map;

/** Checks over whole JSON-ready trees, shared by the discovery and projection tests. */
final class TreeAssertions {

    private TreeAssertions() {}

    /** Fails naming the first path that holds a null, at any depth. */
    static void assertNoNulls(Object tree) {
        assertNoNulls(tree, "$");
    }

    private static void assertNoNulls(Object node, String path) {
        assertNotNull(node, () -> "null at " + path);
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                assertNotNull(key, () -> "null key in " + path);
                assertNoNulls(value, path + "." + key);
            });
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                assertNoNulls(list.get(i), path + "[" + i + "]");
            }
        }
    }
}
