package org.scimspace.scim.filter;

import java.util.EnumSet;
import java.util.Set;

import org.scimspace.directory.entity.MemberType;
import org.scimspace.scim.ScimException;
import org.scimspace.scim.schema.AttributeDef;
import org.scimspace.scim.schema.AttributeType;

/**
 * Resolves filters on memberships, a group's {@code members} or a user's {@code groups}:
 * {@code members.value eq "x"}, {@code members pr}, {@code members[type eq "User"]}. Each
 * becomes one {@link Condition.Memberships}, an EXISTS over membership rows, and a bracket
 * filter is resolved inside it, so that all of its conditions hold for one and the same row.
 */
final class MembershipResolver extends ConditionResolver {

    private final MemberLink link;

    private MembershipResolver(MemberLink link) {
        this.link = link;
    }

    /** {@code attr pr} or {@code attr.sub pr}. */
    static Condition presence(Target.Memberships target) {
        MembershipResolver rows = new MembershipResolver(target.link());
        Condition row = target.subAttribute() == null
                ? new Condition.Constant(true)
                : rows.present(AttributePath.of(target.subAttribute()));
        return Condition.memberships(target.link(), row);
    }

    /** {@code attr op literal} (the "value" sub-attribute) or {@code attr.sub op literal}. */
    static Condition comparison(Target.Memberships target, Operator operator, Object literal) {
        String sub = target.subAttribute() == null ? "value" : target.subAttribute();
        return Condition.memberships(
                target.link(), new MembershipResolver(target.link()).compare(AttributePath.of(sub), operator, literal));
    }

    /** {@code attr[filter]}. */
    static Condition valuePath(MemberLink link, Filter filter) {
        return Condition.memberships(link, filter.accept(new MembershipResolver(link)));
    }

    @Override
    public Condition visitValuePath(Filter.ValuePath valuePath) {
        throw ScimException.invalidFilter("Brackets cannot be nested, at '" + valuePath.path() + "'");
    }

    @Override
    Condition present(AttributePath inner) {
        AttributeDef sub = subAttribute(inner);
        switch (CommonTargets.lower(sub.name())) {
            case "display":
                return new Condition.MemberDisplayPresent(link);
            case "$ref":
                throw notSearchable(sub);
            default:
                // Every membership row has an id and a type.
                return new Condition.Constant(true);
        }
    }

    @Override
    Condition compare(AttributePath inner, Operator operator, Object literal) {
        AttributeDef sub = subAttribute(inner);
        AttributePath path = AttributePath.of(link.attribute().name(), sub.name());
        switch (CommonTargets.lower(sub.name())) {
            case "value":
                // Ids are case-exact, whatever the schema says of a user's groups.value.
                return new Condition.MemberCompare(link, operator, text(true, operator, literal, path));
            case "display":
                return new Condition.MemberDisplayCompare(link, operator, text(false, operator, literal, path));
            case "type":
                return type(operator, text(sub.caseExact(), operator, literal, path), sub.caseExact());
            default:
                throw notSearchable(sub);
        }
    }

    /**
     * A group's members are users or groups; a user's groups are all direct, because nested
     * groups are stored as members and not expanded into indirect memberships.
     */
    private Condition type(Operator operator, String literal, boolean caseExact) {
        if (link == MemberLink.GROUPS) {
            return new Condition.Constant(Literals.matches("direct", operator, literal));
        }
        Set<MemberType> types = EnumSet.noneOf(MemberType.class);
        for (MemberType type : MemberType.values()) {
            String name = caseExact ? type.name() : CommonTargets.lower(type.name());
            if (Literals.matches(name, operator, literal)) {
                types.add(type);
            }
        }
        return types.isEmpty() ? new Condition.Constant(false) : new Condition.MemberTypeIn(types);
    }

    private AttributeDef subAttribute(AttributePath inner) {
        return link.attribute()
                .subAttribute(inner.attribute())
                .orElseThrow(() -> ScimException.invalidFilter(
                        "Unknown attribute '" + link.attribute().name() + "." + inner.attribute() + "'"));
    }

    private ScimException notSearchable(AttributeDef sub) {
        return ScimException.invalidFilter("Attribute '" + link.attribute().name() + "." + sub.name()
                + "' cannot be searched; filter on '" + link.attribute().name() + ".value' instead");
    }

    private static String text(boolean caseExact, Operator operator, Object literal, AttributePath path) {
        return (String) Literals.typed(AttributeType.STRING, caseExact, operator, literal, path);
    }
}
