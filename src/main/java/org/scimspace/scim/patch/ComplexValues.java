package org.scimspace.scim.patch;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.scimspace.scim.schema.AttributeDef;

/**
 * Merges into complex values the way RFC 7644 §3.5.2 asks: sub-attributes not given stay
 * unchanged. One exception for a singular complex attribute with a "value" (the enterprise
 * manager): its other sub-attributes ($ref, displayName) describe that value, so a new or
 * cleared value takes them along instead of leaving them pointing at the old one.
 */
final class ComplexValues {

    private ComplexValues() {}

    static Map<String, Object> merge(
            AttributeDef attribute, Map<String, Object> current, Map<String, Object> incoming) {
        if (current == null || valueChanges(attribute, current, incoming)) {
            return new LinkedHashMap<>(incoming);
        }
        Map<String, Object> merged = new LinkedHashMap<>(current);
        merged.putAll(incoming);
        return merged;
    }

    /**
     * Sets or clears one sub-attribute.
     *
     * @return the new complex value, or {@code null} when nothing meaningful is left
     */
    static Map<String, Object> withSub(
            AttributeDef attribute, Map<String, Object> current, AttributeDef sub, Object value) {
        if (value != null) {
            Map<String, Object> incoming = new LinkedHashMap<>();
            incoming.put(sub.name(), value);
            return merge(attribute, current, incoming);
        }
        if (current == null || isValue(attribute, sub)) {
            return null;
        }
        Map<String, Object> rest = new LinkedHashMap<>(current);
        rest.remove(sub.name());
        return rest.isEmpty() ? null : rest;
    }

    private static boolean valueChanges(
            AttributeDef attribute, Map<String, Object> current, Map<String, Object> incoming) {
        if (attribute.multiValued()) {
            // In a list element type and primary describe the slot, not the value: keep them.
            return false;
        }
        return attribute
                .defaultSubAttribute()
                .map(value -> incoming.containsKey(value.name())
                        && !Objects.equals(incoming.get(value.name()), current.get(value.name())))
                .orElse(false);
    }

    private static boolean isValue(AttributeDef attribute, AttributeDef sub) {
        return attribute
                .defaultSubAttribute()
                .map(value -> value.name().equals(sub.name()))
                .orElse(false);
    }
}
