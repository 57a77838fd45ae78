package org.scimspace.scim.patch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.scimspace.scim.ScimException;
import org.scimspace.scim.filter.Filter;
import org.scimspace.scim.schema.AttributeDef;
import org.scimspace.scim.schema.AttributeType;
import org.scimspace.scim.schema.ResourceReader;

/**
 * Applies one operation to a multi-valued attribute, returning the new list ({@code null}
 * when it ends up empty). Works on the engine's private copy of the tree, so it may change
 * elements in place.
 */
final class MultiValuedEditor {

    private final ResourceReader reader;

    MultiValuedEditor(ResourceReader reader) {
        this.reader = reader;
    }

    List<Object> edit(
            PatchOp op, AttributeDef attribute, Filter filter, AttributeDef sub, List<Object> current, Object raw) {
        List<Object> list = current == null ? new ArrayList<>() : new ArrayList<>(current);
        if (filter == null && sub == null) {
            return orNull(whole(op, attribute, list, raw));
        }
        if (filter == null) {
            return orNull(everyElement(op, attribute, sub, list, raw));
        }
        return orNull(filtered(op, attribute, filter, sub, list, raw));
    }

    private List<Object> whole(PatchOp op, AttributeDef attribute, List<Object> list, Object raw) {
        List<Object> given = asList(reader.readValue(attribute, raw));
        if (op == PatchOp.REPLACE) {
            return given;
        }
        if (op == PatchOp.REMOVE) {
            if (raw == null) {
                return null;
            }
            // Entra removes members as {"path":"members","value":[{"value":id}]}.
            list.removeIf(element -> given.stream().anyMatch(g -> ElementIdentity.same(attribute, element, g)));
            return list;
        }
        // An empty add adds nothing; it must not clear, as a replace would.
        Set<Object> touched = identitySet();
        for (Object element : given) {
            Object present = list.stream()
                    .filter(e -> ElementIdentity.same(attribute, e, element))
                    .findFirst()
                    .orElse(null);
            if (present instanceof Map<?, ?> map && element instanceof Map<?, ?> incoming) {
                mapOf(map).putAll(mapOf(incoming));
                touched.add(present);
            } else if (present == null) {
                list.add(element);
                touched.add(element);
            }
        }
        keepOnePrimary(attribute, list, touched);
        return list;
    }

    private List<Object> everyElement(
            PatchOp op, AttributeDef attribute, AttributeDef sub, List<Object> list, Object raw) {
        if (list.isEmpty() && op != PatchOp.REMOVE) {
            throw ScimException.noTarget("Attribute '" + attribute.name() + "' has no values to change");
        }
        Object value = op == PatchOp.REMOVE ? null : reader.readSubValue(attribute, sub, raw);
        list.replaceAll(element -> ComplexValues.withSub(attribute, mapOf(element), sub, value));
        list.removeIf(element -> element == null);
        return list;
    }

    private List<Object> filtered(
            PatchOp op, AttributeDef attribute, Filter filter, AttributeDef sub, List<Object> list, Object raw) {
        Object value = op == PatchOp.REMOVE
                ? null
                : sub == null ? reader.readElement(attribute, raw) : reader.readSubValue(attribute, sub, raw);
        Set<Object> touched = identitySet();
        boolean matched = false;
        for (int i = 0; i < list.size(); i++) {
            if (ValueFilterMatcher.matches(filter, attribute, list.get(i))) {
                matched = true;
                Map<String, Object> changed = change(attribute, sub, mapOf(list.get(i)), value);
                list.set(i, changed);
                if (changed != null) {
                    touched.add(changed);
                }
            }
        }
        list.removeIf(element -> element == null);
        if (!matched && value != null) {
            Map<String, Object> created = change(attribute, sub, create(attribute, filter), value);
            list.add(created);
            touched.add(created);
        }
        keepOnePrimary(attribute, list, touched);
        return list;
    }

    /**
     * Entra adds or replaces {@code emails[type eq "work"].value} on users with no work email
     * and expects one to be created rather than a noTarget error.
     */
    private Map<String, Object> create(AttributeDef attribute, Filter filter) {
        return ValueFilterMatcher.seed(filter, attribute, reader)
                .orElseThrow(() -> ScimException.noTarget("No value of '" + attribute.name() + "' matches the filter"));
    }

    private static Map<String, Object> change(
            AttributeDef attribute, AttributeDef sub, Map<String, Object> element, Object value) {
        if (sub != null) {
            return ComplexValues.withSub(attribute, element, sub, value);
        }
        return value == null ? null : ComplexValues.merge(attribute, element, mapOf(value));
    }

    /** RFC 7643 §2.4: "primary" may be true for one element only; the one just written wins. */
    private static void keepOnePrimary(AttributeDef attribute, List<Object> list, Set<Object> touched) {
        AttributeDef primary = attribute
                .subAttribute("primary")
                .filter(sub -> sub.type() == AttributeType.BOOLEAN)
                .orElse(null);
        if (primary == null) {
            return;
        }
        boolean newPrimary = touched.stream().anyMatch(e -> Boolean.TRUE.equals(mapOf(e).get(primary.name())));
        if (!newPrimary) {
            return;
        }
        Object winner = list.stream()
                .filter(touched::contains)
                .filter(e -> Boolean.TRUE.equals(mapOf(e).get(primary.name())))
                .reduce((a, b) -> b)
                .orElseThrow();
        for (Object element : list) {
            if (element != winner && Boolean.TRUE.equals(mapOf(element).get(primary.name()))) {
                mapOf(element).put(primary.name(), Boolean.FALSE);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object> asList(Object value) {
        return value == null ? new ArrayList<>() : (List<Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mapOf(Object value) {
        return (Map<String, Object>) value;
    }

    private static List<Object> orNull(List<Object> list) {
        return list == null || list.isEmpty() ? null : list;
    }

    private static Set<Object> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }
}
