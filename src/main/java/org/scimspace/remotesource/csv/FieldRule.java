package org.scimspace.remotesource.csv;

import java.util.List;

/**
 * A workspace's profile field as the reader checks a column of that name: free text, or a
 * choice of allowed values (several per cell, one a line).
 *
 * @param allowedValues the values of a choice field in their stored spelling; empty for text
 */
public record FieldRule(String name, boolean choice, List<String> allowedValues) {

    public FieldRule {
        allowedValues = List.copyOf(allowedValues);
    }

    public static FieldRule text(String name) {
        return new FieldRule(name, false, List.of());
    }

    public static FieldRule choice(String name, List<String> allowedValues) {
        return new FieldRule(name, true, allowedValues);
    }
}
