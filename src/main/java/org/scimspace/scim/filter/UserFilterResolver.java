package org.scimspace.scim.filter;

import java.util.Locale;

import org.scimspace.scim.ScimException;
import org.scimspace.scim.schema.AttributeType;
import org.scimspace.scim.schema.UserSchemas;

/**
 * Turns a parsed filter into a {@link UserCondition}: resolves every attribute, checks every
 * operator and literal against the attribute type, and rewrites {@code ne} to {@code not eq}
 * and comparisons with {@code null} to presence, so that an attribute a user lacks compares
 * the same way everywhere.
 */
final class UserFilterResolver implements FilterVisitor<UserCondition> {

    private final UserAttributes attributes = UserAttributes.forFilter();

    /** The attribute of the enclosing value path, whose sub-attributes the paths name; or null. */
    private final UserTarget.Element element;

    private UserFilterResolver(UserTarget.Element element) {
        this.element = element;
    }

    static UserCondition resolve(Filter filter) {
        return filter.accept(new UserFilterResolver(null));
    }

    @Override
    public UserCondition visitAnd(Filter.And and) {
        return new UserCondition.And(and.left().accept(this), and.right().accept(this));
    }

    @Override
    public UserCondition visitOr(Filter.Or or) {
        return new UserCondition.Or(or.left().accept(this), or.right().accept(this));
    }

    @Override
    public UserCondition visitNot(Filter.Not not) {
        return new UserCondition.Not(not.filter().accept(this));
    }

    @Override
    public UserCondition visitPresent(Filter.Present present) {
        return present(target(present.path()), present.path());
    }

    @Override
    public UserCondition visitCompare(Filter.Compare compare) {
        Operator operator = compare.operator();
        Object literal = compare.value();
        if (literal == null) {
            if (operator != Operator.EQ && operator != Operator.NE) {
                throw ScimException.invalidFilter("Only eq and ne compare with null, at '" + compare.path() + "'");
            }
            UserCondition present = present(target(compare.path()), compare.path());
            return operator == Operator.NE ? present : new UserCondition.Not(present);
        }
        if (operator == Operator.NE) {
            return new UserCondition.Not(compare(target(compare.path()), Operator.EQ, literal, compare.path()));
        }
        return compare(target(compare.path()), operator, literal, compare.path());
    }

    @Override
    public UserCondition visitValuePath(Filter.ValuePath valuePath) {
        UserTarget owner = attributes.element(valuePath.path());
        if (owner instanceof UserTarget.Groups) {
            return groups();
        }
        UserTarget.Element scope = (UserTarget.Element) owner;
        return new UserCondition.ElementMatch(scope.attr(), valuePath.filter().accept(new UserFilterResolver(scope)));
    }

    private UserTarget target(AttributePath path) {
        return element == null ? attributes.resolve(path) : attributes.member(element, path);
    }

    private UserCondition present(UserTarget target, AttributePath path) {
        if (target instanceof UserTarget.Column column) {
            return column.column().nullable() ? new UserCondition.ColumnPresent(column.column())
                    : new UserCondition.Constant(true);
        }
        if (target instanceof UserTarget.Value value) {
            if (value.def() != null && value.def().type() == AttributeType.BINARY) {
                throw ScimException.invalidFilter("Attribute '" + path + "' is binary and cannot be searched");
            }
            return new UserCondition.ValuePresent(value.attr(), value.bareComplex() ? null : value.sub());
        }
        if (target instanceof UserTarget.Whole whole) {
            return whole.attr() == null ? new UserCondition.Constant(true)
                    : new UserCondition.ValuePresent(whole.attr(), null);
        }
        if (target instanceof UserTarget.Extension extension) {
            return new UserCondition.SchemaValues(extension.urn());
        }
        if (target instanceof UserTarget.Groups) {
            return groups();
        }
        return new UserCondition.Constant(true);
    }

    private UserCondition compare(UserTarget target, Operator operator, Object literal, AttributePath path) {
        if (target instanceof UserTarget.Column column) {
            UserColumn c = column.column();
            return new UserCondition.ColumnCompare(c, operator, Literals.typed(c.type(), c.caseExact(), operator,
                    literal, path));
        }
        if (target instanceof UserTarget.Value value) {
            AttributeType type = value.def() == null ? Literals.typeOf(literal) : value.def().type();
            boolean caseExact = value.def() != null && value.def().caseExact();
            return new UserCondition.ValueCompare(value.attr(), value.sub(), Literals.valueField(type, caseExact),
                    operator, Literals.typed(type, caseExact, operator, literal, path));
        }
        if (target instanceof UserTarget.Constant constant) {
            String text = (String) Literals.typed(AttributeType.STRING, true, operator, literal, path);
            return new UserCondition.Constant(matches(constant.value(), operator, text));
        }
        if (target instanceof UserTarget.Schemas) {
            return schemas(operator, literal, path);
        }
        if (target instanceof UserTarget.Groups) {
            return groups();
        }
        throw ScimException.invalidFilter("Attribute '" + path + "' is complex; compare one of its sub-attributes"
                + " instead, or test it with pr");
    }

    /** {@code schemas} holds the core URN and the URN of each extension the user has values of. */
    private static UserCondition schemas(Operator operator, Object literal, AttributePath path) {
        if (operator != Operator.EQ) {
            throw ScimException.invalidFilter("Attribute 'schemas' supports only eq, ne and pr");
        }
        String urn = ((String) Literals.typed(AttributeType.STRING, false, operator, literal, path));
        if (urn.equals(UserSchemas.CORE_URN.toLowerCase(Locale.ROOT))) {
            return new UserCondition.Constant(true);
        }
        return urn.startsWith("urn:") ? new UserCondition.SchemaValues(urn) : new UserCondition.Constant(false);
    }

    /**
     * Group memberships: no user has groups yet, so every test on them matches nobody.
     * Groups (issue 3) replace this with the membership rows.
     */
    private static UserCondition groups() {
        return new UserCondition.Constant(false);
    }

    /** A case-exact string comparison done here, for a value that is the same for every user. */
    private static boolean matches(String value, Operator operator, String literal) {
        switch (operator) {
            case EQ:
                return value.equals(literal);
            case CO:
                return value.contains(literal);
            case SW:
                return value.startsWith(literal);
            case EW:
                return value.endsWith(literal);
            case GT:
                return value.compareTo(literal) > 0;
            case GE:
                return value.compareTo(literal) >= 0;
            case LT:
                return value.compareTo(literal) < 0;
            default:
                return value.compareTo(literal) <= 0;
        }
    }
}
