package org.scimspace.scim.schema;

import java.util.List;

/** Short factories for attribute definitions with the RFC 7643 defaults. */
public final class Attributes {

    private Attributes() {}

    public static AttributeDef string(String name, String description) {
        return simple(name, AttributeType.STRING, description);
    }

    public static AttributeDef bool(String name, String description) {
        return simple(name, AttributeType.BOOLEAN, description);
    }

    public static AttributeDef dateTime(String name, String description) {
        return simple(name, AttributeType.DATE_TIME, description);
    }

    public static AttributeDef binary(String name, String description) {
        return simple(name, AttributeType.BINARY, description).asCaseExact();
    }

    public static AttributeDef reference(String name, String description, String... referenceTypes) {
        return new AttributeDef(
                name,
                AttributeType.REFERENCE,
                false,
                false,
                true,
                Mutability.READ_WRITE,
                Returned.DEFAULT,
                Uniqueness.NONE,
                List.of(),
                List.of(),
                List.of(referenceTypes),
                description);
    }

    public static AttributeDef simple(String name, AttributeType type, String description) {
        return new AttributeDef(
                name,
                type,
                false,
                false,
                false,
                Mutability.READ_WRITE,
                Returned.DEFAULT,
                Uniqueness.NONE,
                List.of(),
                List.of(),
                List.of(),
                description);
    }

    public static AttributeDef complex(String name, String description, AttributeDef... subAttributes) {
        return new AttributeDef(
                name,
                AttributeType.COMPLEX,
                false,
                false,
                false,
                Mutability.READ_WRITE,
                Returned.DEFAULT,
                Uniqueness.NONE,
                List.of(subAttributes),
                List.of(),
                List.of(),
                description);
    }

    public static AttributeDef multiComplex(String name, String description, AttributeDef... subAttributes) {
        return new AttributeDef(
                name,
                AttributeType.COMPLEX,
                true,
                false,
                false,
                Mutability.READ_WRITE,
                Returned.DEFAULT,
                Uniqueness.NONE,
                List.of(subAttributes),
                List.of(),
                List.of(),
                description);
    }

    /**
     * The usual multi-valued shape of RFC 7643 §2.4: value, display, type, primary.
     *
     * @param valueDef the definition of the "value" sub-attribute
     */
    public static AttributeDef multiValued(
            String name, String description, AttributeDef valueDef, String... canonicalTypes) {
        return multiComplex(
                name,
                description,
                valueDef,
                string("display", "A human-readable name, primarily used for display purposes."),
                string("type", "A label indicating the attribute's function.").withCanonicalValues(canonicalTypes),
                bool("primary", "Whether this value is the preferred one."));
    }
}
