package org.scimspace.scim.filter;

import org.scimspace.scim.schema.AttributeDef;

/** What an attribute path of a user filter or sortBy denotes in storage. */
sealed interface UserTarget {

    /** A column of the user row. */
    record Column(UserColumn column) implements UserTarget {
    }

    /** The same value for every user ({@code meta.resourceType}). */
    record Constant(String value) implements UserTarget {
    }

    /**
     * An attribute every user has but that has no value to compare: {@code meta}, or a
     * complex attribute without a "value" sub-attribute kept as rows ({@code name}).
     *
     * @param attr the row key, or null for {@code meta}, which has no rows
     */
    record Whole(AttributeDef def, String attr) implements UserTarget {
    }

    /** The {@code schemas} attribute, which is derived from the values a user has. */
    record Schemas() implements UserTarget {
    }

    /** The group memberships of a user. */
    record Groups() implements UserTarget {
    }

    /** A whole extension named by its URN alone; lower-case URN. */
    record Extension(String urn) implements UserTarget {
    }

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
    record Value(String attr, String sub, AttributeDef def, boolean bareComplex) implements UserTarget {
    }

    /**
     * The attribute of a value path {@code attr[...]}, whose filter names its sub-attributes.
     *
     * @param def the complex attribute, or null for an extension the schema does not describe
     */
    record Element(String attr, AttributeDef def) implements UserTarget {
    }
}
