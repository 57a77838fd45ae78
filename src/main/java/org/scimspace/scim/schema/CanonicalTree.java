package org.scimspace.scim.schema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and edits the canonical resource tree (maps, lists, strings, booleans, decimals)
 * while keeping its invariant: an absent attribute has no key, never a null or empty value,
 * and an extension map that empties disappears with it.
 */
public final class CanonicalTree {

    private CanonicalTree() {}

    /** Whether a JSON value means "unset": null, "", an empty object or an empty array. */
    public static boolean isEmpty(Object value) {
        return value == null
                || value instanceof String s && s.isEmpty()
                || value instanceof Map<?, ?> m && m.isEmpty()
                || value instanceof List<?> l && l.isEmpty();
    }

    /**
     * The value of an attribute.
     *
     * @param container {@code null} for the top level, else the extension map key
     */
    public static Object get(Map<String, Object> tree, String container, String name) {
        Map<String, Object> map = container(tree, container, false);
        if (map == null) {
            return null;
        }
        String key = keyOf(map, name);
        return key == null ? null : map.get(key);
    }

    /** Sets an attribute, or removes it (and an emptied extension map) when the value is empty. */
    public static void put(Map<String, Object> tree, String container, String name, Object value) {
        boolean remove = isEmpty(value);
        Map<String, Object> map = container(tree, container, !remove);
        if (map == null) {
            return;
        }
        String existing = keyOf(map, name);
        if (existing != null) {
            map.remove(existing);
        }
        if (!remove) {
            map.put(existing == null ? name : existing, value);
        }
        if (container != null && map.isEmpty()) {
            tree.remove(keyOf(tree, container));
        }
    }

    /** Removes a whole extension map. */
    public static void removeContainer(Map<String, Object> tree, String container) {
        String key = keyOf(tree, container);
        if (key != null) {
            tree.remove(key);
        }
    }

    /**
     * The map holding a container's attributes; keys are found case-insensitively because
     * custom extension URNs are stored as the client first spelled them.
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> container(Map<String, Object> tree, String container, boolean create) {
        if (container == null) {
            return tree;
        }
        String key = keyOf(tree, container);
        if (key != null && tree.get(key) instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        if (!create) {
            return null;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        tree.put(key == null ? container : key, map);
        return map;
    }

    /** A deep copy with fresh mutable maps and lists. */
    @SuppressWarnings("unchecked")
    public static <T> T deepCopy(T value) {
        return (T) copy(value, false);
    }

    /**
     * A deep copy of a raw JSON value with null members and null elements left out, for
     * values kept as sent (custom extension attributes).
     */
    public static Object cleanCopy(Object value) {
        return copy(value, true);
    }

    private static Object copy(Object value, boolean dropNulls) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> {
                if (v != null || !dropNulls) {
                    copy.put(String.valueOf(k), copy(v, dropNulls));
                }
            });
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            for (Object element : list) {
                if (element != null || !dropNulls) {
                    copy.add(copy(element, dropNulls));
                }
            }
            return copy;
        }
        if (value instanceof Number number && !(value instanceof BigDecimal)) {
            return new BigDecimal(number.toString());
        }
        return value;
    }

    /** The key of a map equal to {@code name} ignoring case, or {@code null}. */
    public static String keyOf(Map<String, ?> map, String name) {
        if (map.containsKey(name)) {
            return name;
        }
        for (String key : map.keySet()) {
            if (key.equalsIgnoreCase(name)) {
                return key;
            }
        }
        return null;
    }
}
