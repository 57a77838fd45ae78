package org.scimspace.scim.schema;

import java.util.List;
import java.util.Optional;

/**
 * A SCIM schema (RFC 7643 §7): its URN id, name and attributes.
 */
public record SchemaDef(String id, String name, String description, List<AttributeDef> attributes) {

    public SchemaDef {
        attributes = List.copyOf(attributes);
    }

    /** The attribute of that name, matched case-insensitively. */
    public Optional<AttributeDef> attribute(String attributeName) {
        return AttributeDef.find(attributes, attributeName);
    }
}
