package org.scimspace.scim.schema;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One attribute of a SCIM schema (RFC 7643 §7): the single source for what the server
 * accepts, enforces, returns and publishes under {@code /Schemas}.
 *
 * @param name            canonical name as published
 * @param type            data type
 * @param multiValued     whether the value is a JSON array
 * @param required        whether a resource must carry it
 * @param caseExact       whether string comparison is case-sensitive
 * @param mutability      who may change it
 * @param returned        when it is returned
 * @param uniqueness      uniqueness scope
 * @param subAttributes   sub-attributes of a complex attribute, else empty
 * @param canonicalValues suggested values (published, not enforced)
 * @param referenceTypes  for references: "User", "Group", "external", "uri"
 * @param description     human description
 */
public record AttributeDef(
        String name,
        AttributeType type,
        boolean multiValued,
        boolean required,
        boolean caseExact,
        Mutability mutability,
        Returned returned,
        Uniqueness uniqueness,
        List<AttributeDef> subAttributes,
        List<String> canonicalValues,
        List<String> referenceTypes,
        String description) {

    public AttributeDef {
        subAttributes = List.copyOf(subAttributes);
        canonicalValues = List.copyOf(canonicalValues);
        referenceTypes = List.copyOf(referenceTypes);
    }

    /** The sub-attribute of that name, matched case-insensitively. */
    public Optional<AttributeDef> subAttribute(String subName) {
        return find(subAttributes, subName);
    }

    public boolean isComplex() {
        return type == AttributeType.COMPLEX;
    }

    /** The attribute a filter or path means when it names this complex attribute bare. */
    public Optional<AttributeDef> defaultSubAttribute() {
        return subAttribute("value");
    }

    static Optional<AttributeDef> find(List<AttributeDef> attributes, String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.toLowerCase(Locale.ROOT);
        for (AttributeDef attribute : attributes) {
            if (attribute.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(attribute);
            }
        }
        return Optional.empty();
    }

    public AttributeDef withMutability(Mutability newMutability) {
        return new AttributeDef(
                name,
                type,
                multiValued,
                required,
                caseExact,
                newMutability,
                returned,
                uniqueness,
                subAttributes,
                canonicalValues,
                referenceTypes,
                description);
    }

    public AttributeDef withReturned(Returned newReturned) {
        return new AttributeDef(
                name,
                type,
                multiValued,
                required,
                caseExact,
                mutability,
                newReturned,
                uniqueness,
                subAttributes,
                canonicalValues,
                referenceTypes,
                description);
    }

    public AttributeDef asRequired() {
        return new AttributeDef(
                name,
                type,
                multiValued,
                true,
                caseExact,
                mutability,
                returned,
                uniqueness,
                subAttributes,
                canonicalValues,
                referenceTypes,
                description);
    }

    public AttributeDef asCaseExact() {
        return new AttributeDef(
                name,
                type,
                multiValued,
                required,
                true,
                mutability,
                returned,
                uniqueness,
                subAttributes,
                canonicalValues,
                referenceTypes,
                description);
    }

    public AttributeDef withUniqueness(Uniqueness newUniqueness) {
        return new AttributeDef(
                name,
                type,
                multiValued,
                required,
                caseExact,
                mutability,
                returned,
                newUniqueness,
                subAttributes,
                canonicalValues,
                referenceTypes,
                description);
    }

    public AttributeDef withCanonicalValues(String... values) {
        return new AttributeDef(
                name,
                type,
                multiValued,
                required,
                caseExact,
                mutability,
                returned,
                uniqueness,
                subAttributes,
                List.of(values),
                referenceTypes,
                description);
    }
}
