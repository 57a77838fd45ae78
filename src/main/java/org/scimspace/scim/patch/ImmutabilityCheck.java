package org.scimspace.scim.patch;

import java.util.Map;

import org.scimspace.scim.ScimException;
import org.scimspace.scim.schema.AttributeDef;
import org.scimspace.scim.schema.CanonicalTree;
import org.scimspace.scim.schema.Mutability;
import org.scimspace.scim.schema.ResourceTypeDef;
import org.scimspace.scim.schema.SchemaDef;

/**
 * Refuses a change to an immutable attribute that already had a value, by comparing the
 * trees before and after: an operation cannot tell on its own, since a path-less replace,
 * an extension object and a sub-attribute path can all reach the same attribute.
 * Sub-attributes of multi-valued attributes are not checked: their elements have no
 * identity, so a changed element and a removed-then-added one look alike.
 */
final class ImmutabilityCheck {

    private ImmutabilityCheck() {}

    @SuppressWarnings("unchecked")
    static void verify(ResourceTypeDef type, Map<String, Object> before, Map<String, Object> after) {
        for (SchemaDef schema : type.schemas()) {
            String container = schema == type.core() ? null : schema.id();
            for (AttributeDef attribute : schema.attributes()) {
                Object old = CanonicalTree.get(before, container, attribute.name());
                Object now = CanonicalTree.get(after, container, attribute.name());
                verify(attribute, attribute.name(), old, now);
                if (attribute.isComplex() && !attribute.multiValued() && old instanceof Map<?, ?> oldMap) {
                    Map<String, Object> nowMap = now instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
                    for (AttributeDef sub : attribute.subAttributes()) {
                        verify(
                                sub,
                                attribute.name() + "." + sub.name(),
                                oldMap.get(sub.name()),
                                nowMap.get(sub.name()));
                    }
                }
            }
        }
    }

    private static void verify(AttributeDef attribute, String label, Object old, Object now) {
        if (attribute.mutability() == Mutability.IMMUTABLE && old != null && !old.equals(now)) {
            throw ScimException.mutability("Attribute '" + label + "' is immutable and already set");
        }
    }
}
