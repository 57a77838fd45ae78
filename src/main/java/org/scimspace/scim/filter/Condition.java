package org.scimspace.scim.filter;

import java.util.Set;

import org.scimspace.directory.entity.MemberType;

/**
 * A filter resolved against a resource type's schema and the storage model: every attribute
 * is a column, a row key or a membership, every literal has the type of what it is compared
 * with, and {@code ne} and {@code null} comparisons are rewritten to {@code not} and
 * presence. All client errors are found while building it, so that turning it into SQL
 * cannot fail. Users and groups share the model, so that one translation serves both.
 *
 * <p>Build composite conditions with the factories {@link #and}, {@link #or}, {@link #not}
 * and {@link #memberships}: they fold constants away, so that a constant is only ever the
 * whole condition or the whole of a membership test that every row passes. EclipseLink
 * loses the entire WHERE clause of a sub-query that contains an always-false predicate,
 * which would turn "no such member" into "any member".
 */
sealed interface Condition {

    static Condition and(Condition left, Condition right) {
        if (left instanceof Constant constant) {
            return constant.matches() ? right : left;
        }
        if (right instanceof Constant constant) {
            return constant.matches() ? left : right;
        }
        return new And(left, right);
    }

    static Condition or(Condition left, Condition right) {
        if (left instanceof Constant constant) {
            return constant.matches() ? left : right;
        }
        if (right instanceof Constant constant) {
            return constant.matches() ? right : left;
        }
        return new Or(left, right);
    }

    static Condition not(Condition condition) {
        return condition instanceof Constant constant ? new Constant(!constant.matches()) : new Not(condition);
    }

    /** A membership row that passes {@code inner}; none, when none can. */
    static Condition memberships(MemberLink link, Condition inner) {
        return inner instanceof Constant constant && !constant.matches() ? inner : new Memberships(link, inner);
    }

    /** Every resource ({@code true}) or none. */
    record Constant(boolean matches) implements Condition {}

    record And(Condition left, Condition right) implements Condition {}

    record Or(Condition left, Condition right) implements Condition {}

    record Not(Condition condition) implements Condition {}

    /**
     * A column compared with a literal of its type; string literals are already lower case
     * where the column is compared case-insensitively.
     *
     * @param operator any operator but {@link Operator#NE}
     */
    record ColumnCompare(ResourceColumn column, Operator operator, Object literal) implements Condition {}

    /** A nullable string column that holds a non-empty value. */
    record ColumnPresent(ResourceColumn column) implements Condition {}

    /**
     * A value row of {@code attr} and {@code sub} whose {@code field} compares with the literal.
     *
     * @param field    the {@code UserValue} field of the literal's type
     * @param operator any operator but {@link Operator#NE}
     */
    record ValueCompare(String attr, String sub, String field, Operator operator, Object literal)
            implements Condition {}

    /**
     * A value row of {@code attr} (and {@code sub}, when not null) that is not an empty string.
     */
    record ValuePresent(String attr, String sub) implements Condition {}

    /**
     * One element of the multi-valued {@code attr} satisfies {@code inner}, whose value
     * conditions all name sub-attributes of that same element.
     */
    record ElementMatch(String attr, Condition inner) implements Condition {}

    /** A value row of an attribute of the schema with that (lower-case) URN. */
    record SchemaValues(String urn) implements Condition {}

    /**
     * A {@code GroupMember} row with the resource at its {@code link} end satisfies
     * {@code inner}, whose member conditions all test that same row.
     */
    record Memberships(MemberLink link, Condition inner) implements Condition {}

    /**
     * The id at the other end of the membership row (the sub-attribute "value") compares
     * with the literal, case-exact.
     *
     * @param operator any operator but {@link Operator#NE}
     */
    record MemberCompare(MemberLink link, Operator operator, String literal) implements Condition {}

    /** The membership row's member is of one of these types. */
    record MemberTypeIn(Set<MemberType> types) implements Condition {}

    /**
     * The displayName of the resource at the other end of the membership row compares,
     * ignoring case, with the lower-case literal.
     *
     * @param operator any operator but {@link Operator#NE}
     */
    record MemberDisplayCompare(MemberLink link, Operator operator, String literal) implements Condition {}

    /** The resource at the other end of the membership row has a non-empty displayName. */
    record MemberDisplayPresent(MemberLink link) implements Condition {}
}
