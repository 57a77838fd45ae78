package org.scimspace.scim.patch;

import java.util.Locale;
import java.util.Optional;

/** The three PATCH operations; Entra capitalises them ("Replace"), so names match in any case. */
public enum PatchOp {
    ADD,
    REPLACE,
    REMOVE;

    static Optional<PatchOp> parse(Object name) {
        if (!(name instanceof String text)) {
            return Optional.empty();
        }
        for (PatchOp op : values()) {
            if (op.name().equals(text.trim().toUpperCase(Locale.ROOT))) {
                return Optional.of(op);
            }
        }
        return Optional.empty();
    }
}
