package org.scimspace.scim.filter;

import org.scimspace.scim.schema.GroupSchemas;

/**
 * Turns a parsed group filter into a {@link Condition}: columns of the group row and the
 * group's memberships, each checked against the Group schema.
 */
final class GroupFilterResolver extends ConditionResolver {

    private final GroupAttributes attributes = GroupAttributes.forFilter();

    private GroupFilterResolver() {}

    static Condition resolve(Filter filter) {
        return filter.accept(new GroupFilterResolver());
    }

    @Override
    public Condition visitValuePath(Filter.ValuePath valuePath) {
        return MembershipResolver.valuePath(attributes.element(valuePath.path()), valuePath.filter());
    }

    @Override
    Condition present(AttributePath path) {
        return sharedPresence(attributes.resolve(path));
    }

    @Override
    Condition compare(AttributePath path, Operator operator, Object literal) {
        Target target = attributes.resolve(path);
        if (target instanceof Target.Schemas) {
            // Groups have no extensions, so no other URN is ever among their schemas.
            return schemas(operator, literal, path, GroupSchemas.CORE_URN, urn -> new Condition.Constant(false));
        }
        return sharedComparison(target, operator, literal, path);
    }
}
