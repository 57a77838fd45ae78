package org.scimspace.scim.filter;

/**
 * A filter resolved against the User schema and the storage model: every attribute is a
 * column or a row key, every literal has the type of what it is compared with, and
 * {@code ne} and {@code null} comparisons are rewritten to {@code not} and presence. All
 * client errors are found while building it, so that turning it into SQL cannot fail.
 */
sealed interface UserCondition {

    /** Every user ({@code true}) or none. */
    record Constant(boolean matches) implements UserCondition {
    }

    record And(UserCondition left, UserCondition right) implements UserCondition {
    }

    record Or(UserCondition left, UserCondition right) implements UserCondition {
    }

    record Not(UserCondition condition) implements UserCondition {
    }

    /**
     * A column compared with a literal of its type; string literals are already lower case
     * where the column is compared case-insensitively.
     *
     * @param operator any operator but {@link Operator#NE}
     */
    record ColumnCompare(UserColumn column, Operator operator, Object literal) implements UserCondition {
    }

    /** A nullable string column that holds a non-empty value. */
    record ColumnPresent(UserColumn column) implements UserCondition {
    }

    /**
     * A value row of {@code attr} and {@code sub} whose {@code field} compares with the literal.
     *
     * @param field    the {@code UserValue} field of the literal's type
     * @param operator any operator but {@link Operator#NE}
     */
    record ValueCompare(String attr, String sub, String field, Operator operator, Object literal)
            implements UserCondition {
    }

    /**
     * A value row of {@code attr} (and {@code sub}, when not null) that is not an empty string.
     */
    record ValuePresent(String attr, String sub) implements UserCondition {
    }

    /**
     * One element of the multi-valued {@code attr} satisfies {@code inner}, whose value
     * conditions all name sub-attributes of that same element.
     */
    record ElementMatch(String attr, UserCondition inner) implements UserCondition {
    }

    /** A value row of an attribute of the schema with that (lower-case) URN. */
    record SchemaValues(String urn) implements UserCondition {
    }
}
