package org.scimspace.scim.patch;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.scimspace.scim.schema.AttributeDef;

/**
 * Decides whether a given element of a multi-valued attribute is one already present. Entra
 * retries, so adding a present member or removing an absent one must change nothing; an
 * element is identified by its "value" (and its "type" where both sides give one), not by
 * equality of every sub-attribute, since a member sent as {"value":id,"$ref":null} is the
 * member stored with a display name.
 */
final class ElementIdentity {

    private ElementIdentity() {}

    static boolean same(AttributeDef attribute, Object existing, Object given) {
        if (!(existing instanceof Map<?, ?> current) || !(given instanceof Map<?, ?> wanted)) {
            return Objects.equals(existing, given);
        }
        Optional<AttributeDef> value = attribute.defaultSubAttribute();
        if (value.isPresent() && wanted.get(value.get().name()) != null) {
            String name = value.get().name();
            return equal(value.get(), current.get(name), wanted.get(name)) && sameType(attribute, current, wanted);
        }
        return current.entrySet().containsAll(wanted.entrySet());
    }

    private static boolean sameType(AttributeDef attribute, Map<?, ?> current, Map<?, ?> wanted) {
        return attribute
                .subAttribute("type")
                .map(type -> {
                    Object a = current.get(type.name());
                    Object b = wanted.get(type.name());
                    return a == null || b == null || equal(type, a, b);
                })
                .orElse(true);
    }

    private static boolean equal(AttributeDef sub, Object a, Object b) {
        if (a instanceof String x && b instanceof String y && !sub.caseExact()) {
            return x.equalsIgnoreCase(y);
        }
        return Objects.equals(a, b);
    }
}
