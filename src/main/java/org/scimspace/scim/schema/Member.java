package org.scimspace.scim.schema;

import java.util.List;
import java.util.Optional;

/**
 * How a key of a resource tree is returned and which definitions describe what lies below
 * it. Keys the schema does not know (custom extensions, stray client attributes) are
 * treated as "default": the server stored them, so it returns them unless told otherwise.
 */
record Member(Returned returned, List<AttributeDef> children) {

    private static final Member UNKNOWN = new Member(Returned.DEFAULT, List.of());

    /** "schemas" is no attribute, but a client cannot read a resource without it. */
    private static final Member SCHEMAS = new Member(Returned.ALWAYS, List.of());

    static Member topLevel(ResourceTypeDef type, String key) {
        if (key.equalsIgnoreCase("schemas")) {
            return SCHEMAS;
        }
        Optional<SchemaDef> extension = type.extension(key);
        if (extension.isPresent()) {
            return new Member(Returned.DEFAULT, extension.get().attributes());
        }
        return of(type.attribute(null, key));
    }

    static Member nested(List<AttributeDef> definitions, String key) {
        return of(AttributeDef.find(definitions, key));
    }

    private static Member of(Optional<AttributeDef> definition) {
        return definition.map(d -> new Member(d.returned(), d.subAttributes())).orElse(UNKNOWN);
    }
}
