package org.scimspace.scim.filter;

import org.scimspace.scim.ScimException;
import org.scimspace.scim.schema.AttributeType;
import org.scimspace.scim.schema.UserSchemas;

/**
 * Turns a parsed user filter into a {@link Condition}: resolves every attribute against the
 * User schema and checks every operator and literal against the attribute type. Attributes
 * that are neither columns nor memberships are searchable value rows of the user.
 */
final class UserFilterResolver extends ConditionResolver {

    private final UserAttributes attributes = UserAttributes.forFilter();

    /** The attribute of the enclosing value path, whose sub-attributes the paths name; or null. */
    private final Target.Element element;

    private UserFilterResolver(Target.Element element) {
        this.element = element;
    }

    static Condition resolve(Filter filter) {
        return filter.accept(new UserFilterResolver(null));
    }

    @Override
    public Condition visitValuePath(Filter.ValuePath valuePath) {
        Target owner = attributes.element(valuePath.path());
        if (owner instanceof Target.Memberships memberships) {
            return MembershipResolver.valuePath(memberships.link(), valuePath.filter());
        }
        Target.Element scope = (Target.Element) owner;
        return new Condition.ElementMatch(scope.attr(), valuePath.filter().accept(new UserFilterResolver(scope)));
    }

    @Override
    Condition present(AttributePath path) {
        Target target = target(path);
        if (target instanceof Target.Value value) {
            if (value.def() != null && value.def().type() == AttributeType.BINARY) {
                throw ScimException.invalidFilter("Attribute '" + path + "' is binary and cannot be searched");
            }
            return new Condition.ValuePresent(value.attr(), value.bareComplex() ? null : value.sub());
        }
        if (target instanceof Target.Whole whole && whole.attr() != null) {
            return new Condition.ValuePresent(whole.attr(), null);
        }
        if (target instanceof Target.Extension extension) {
            return new Condition.SchemaValues(extension.urn());
        }
        return sharedPresence(target);
    }

    @Override
    Condition compare(AttributePath path, Operator operator, Object literal) {
        Target target = target(path);
        if (target instanceof Target.Value value) {
            AttributeType type =
                    value.def() == null ? Literals.typeOf(literal) : value.def().type();
            boolean caseExact = value.def() != null && value.def().caseExact();
            return new Condition.ValueCompare(
                    value.attr(),
                    value.sub(),
                    Literals.valueField(type, caseExact),
                    operator,
                    Literals.typed(type, caseExact, operator, literal, path));
        }
        if (target instanceof Target.Schemas) {
            return schemas(
                    operator,
                    literal,
                    path,
                    UserSchemas.CORE_URN,
                    urn -> urn.startsWith("urn:") ? new Condition.SchemaValues(urn) : new Condition.Constant(false));
        }
        return sharedComparison(target, operator, literal, path);
    }

    private Target target(AttributePath path) {
        return element == null ? attributes.resolve(path) : attributes.member(element, path);
    }
}
