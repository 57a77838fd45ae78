package org.scimspace.scim.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cuts a resource tree down to what a client may and wants to see: RFC 7644 §3.4.2.5
 * {@code attributes} / {@code excludedAttributes} combined with each attribute's RFC 7643
 * "returned" characteristic (password never leaves, id always does). The input tree is
 * never modified; the result shares no map or list with it.
 */
public final class Projection {

    private final ResourceTypeDef type;

    public Projection(ResourceTypeDef type) {
        this.type = type;
    }

    /** Resolves the parameters once, for {@link AttributeSelection#includes} before loading. */
    public AttributeSelection select(List<String> attributes, List<String> excludedAttributes) {
        return AttributeSelection.of(type, attributes, excludedAttributes);
    }

    public Map<String, Object> apply(
            Map<String, Object> resource, List<String> attributes, List<String> excludedAttributes) {
        return apply(resource, select(attributes, excludedAttributes));
    }

    public Map<String, Object> apply(Map<String, Object> resource, AttributeSelection selection) {
        if (!selection.type().equals(type)) {
            throw new IllegalArgumentException(
                    "selection for " + selection.type().id() + " applied to " + type.id());
        }
        Map<String, Object> result = new LinkedHashMap<>();
        resource.forEach((key, value) -> {
            Member member = Member.topLevel(type, key);
            put(result, key, value, member, selection.root().enter(key, member.returned()));
        });
        return result;
    }

    private static void put(Map<String, Object> result, String key, Object value, Member member, SelectionScope scope) {
        if (scope == null) {
            return;
        }
        Object projected = project(value, member.children(), scope);
        if (projected != null) {
            result.put(key, projected);
        }
    }

    /**
     * The projected copy of a value, or {@code null} when nothing of it is left. A complex
     * value whose selected parts are all absent is dropped rather than returned as
     * {@code {}}, and nulls are dropped because RFC 7643 §2.5 makes them mean "unassigned".
     */
    private static Object project(Object value, List<AttributeDef> definitions, SelectionScope scope) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> result = new LinkedHashMap<>();
            map.forEach((key, child) -> {
                String name = String.valueOf(key);
                Member member = Member.nested(definitions, name);
                put(result, name, child, member, scope.enter(name, member.returned()));
            });
            return result.isEmpty() && !map.isEmpty() ? null : result;
        }
        if (value instanceof List<?> list) {
            List<Object> result = new ArrayList<>();
            for (Object element : list) {
                Object projected = project(element, definitions, scope);
                if (projected != null) {
                    result.add(projected);
                }
            }
            return result.isEmpty() && !list.isEmpty() ? null : result;
        }
        return value;
    }
}
