package org.scimspace.scim.filter;

import org.scimspace.scim.schema.AttributeDef;

/** What an attribute path of a filter or sortBy denotes in storage. */
sealed interface Target {

    /** A column of the resource's row. */
    record Column(ResourceColumn column) implements Target {}

    /** The same value for every resource of the type ({@code meta.resourceType}). */
    record Constant(String value) implements Target {}

    /**
     * An attribute every resource has but that has no value to compare: {@code meta}, or a
     * complex attribute without a "value" sub-attribute kept as rows ({@code name}).
     *
     * @param attr the row key, or null for {@code meta}, which has no rows
     */
    record Whole(AttributeDef def, String attr) implements Target {}

    /** The {@code schemas} attribute, which is derived from the values a resource has. */
    record Schemas() implements Target {}

    /** A user's groups or a group's members, with the sub-attribute named, or null. */
    record Memberships(MemberLink link, String subAttribute) implements Target {}

    /** A whole extension named by its URN alone; lower-case URN. */
    record Extension(String urn) implements Target {}

    /**
     * Searchable value rows.
     *
     * @param attr    row attribute key
     * @param sub     row sub-attribute key ("" for a simple attribute)
     * @param def     the simple attribute compared, or null for an extension the schema does
     *                not describe, whose values are typed by the literal
     * @param bareComplex whether the path named a complex attribute without its sub-attribute,
     *                so presence means any sub-attribute
     */
    record Value(String attr, String sub, AttributeDef def, boolean bareComplex) implements Target {}

    /**
     * The attribute of a value path {@code attr[...]}, whose filter names its sub-attributes.
     *
     * @param def the complex attribute, or null for an extension the schema does not describe
     */
    record Element(String attr, AttributeDef def) implements Target {}
}
