package org.scimspace.scim.filter;

import java.util.function.Function;

import org.scimspace.scim.ScimException;
import org.scimspace.scim.schema.AttributeType;

/**
 * What resolving a filter into a {@link Condition} means for every resource type: the
 * logical operators; {@code ne} rewritten to {@code not eq} and comparisons with
 * {@code null} to presence, so that an attribute a resource lacks compares the same way
 * everywhere; and the targets users and groups have alike (columns, constants,
 * memberships, {@code schemas}). Subclasses resolve attribute paths and add their own.
 */
abstract class ConditionResolver implements FilterVisitor<Condition> {

    @Override
    public final Condition visitAnd(Filter.And and) {
        return Condition.and(and.left().accept(this), and.right().accept(this));
    }

    @Override
    public final Condition visitOr(Filter.Or or) {
        return Condition.or(or.left().accept(this), or.right().accept(this));
    }

    @Override
    public final Condition visitNot(Filter.Not not) {
        return Condition.not(not.filter().accept(this));
    }

    @Override
    public final Condition visitPresent(Filter.Present present) {
        return present(present.path());
    }

    @Override
    public final Condition visitCompare(Filter.Compare compare) {
        Operator operator = compare.operator();
        Object literal = compare.value();
        if (literal == null) {
            if (operator != Operator.EQ && operator != Operator.NE) {
                throw ScimException.invalidFilter("Only eq and ne compare with null, at '" + compare.path() + "'");
            }
            Condition present = present(compare.path());
            return operator == Operator.NE ? present : Condition.not(present);
        }
        if (operator == Operator.NE) {
            return Condition.not(compare(compare.path(), Operator.EQ, literal));
        }
        return compare(compare.path(), operator, literal);
    }

    /** {@code path pr}. */
    abstract Condition present(AttributePath path);

    /**
     * {@code path operator literal}.
     *
     * @param operator never {@link Operator#NE}
     * @param literal  never null
     */
    abstract Condition compare(AttributePath path, Operator operator, Object literal);

    /** Presence of a target every resource type may have. */
    static Condition sharedPresence(Target target) {
        if (target instanceof Target.Column column) {
            return column.column().nullable()
                    ? new Condition.ColumnPresent(column.column())
                    : new Condition.Constant(true);
        }
        if (target instanceof Target.Memberships memberships) {
            return MembershipResolver.presence(memberships);
        }
        return new Condition.Constant(true);
    }

    /**
     * A comparison with a target every resource type may have; anything else is complex.
     *
     * @param operator never {@link Operator#NE}
     */
    static Condition sharedComparison(Target target, Operator operator, Object literal, AttributePath path) {
        if (target instanceof Target.Column column) {
            ResourceColumn c = column.column();
            return new Condition.ColumnCompare(
                    c, operator, Literals.typed(c.type(), c.caseExact(), operator, literal, path));
        }
        if (target instanceof Target.Constant constant) {
            String text = (String) Literals.typed(AttributeType.STRING, true, operator, literal, path);
            return new Condition.Constant(Literals.matches(constant.value(), operator, text));
        }
        if (target instanceof Target.Memberships memberships) {
            return MembershipResolver.comparison(memberships, operator, literal);
        }
        throw ScimException.invalidFilter("Attribute '" + path + "' is complex; compare one of its sub-attributes"
                + " instead, or test it with pr");
    }

    /**
     * {@code schemas} holds the core URN and the URN of each extension the resource has
     * values of.
     *
     * @param coreUrn    the URN every resource of the type has
     * @param extensions the condition for the lower-case URN of anything but the core schema
     */
    static Condition schemas(
            Operator operator,
            Object literal,
            AttributePath path,
            String coreUrn,
            Function<String, Condition> extensions) {
        if (operator != Operator.EQ) {
            throw ScimException.invalidFilter("Attribute 'schemas' supports only eq, ne and pr");
        }
        String urn = (String) Literals.typed(AttributeType.STRING, false, operator, literal, path);
        return urn.equals(CommonTargets.lower(coreUrn)) ? new Condition.Constant(true) : extensions.apply(urn);
    }
}
