package org.scimspace.workspace.entity;

import java.util.Locale;
import java.util.Optional;

/** What a profile field holds: free text, or a choice of one or more allowed values. */
public enum FieldType {
    TEXT,
    CHOICE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<FieldType> of(String wireName) {
        for (FieldType type : values()) {
            if (type.wireName().equals(wireName)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
