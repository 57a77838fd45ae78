package org.scimspace.scim.patch;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.scimspace.scim.ScimException;
import org.scimspace.scim.schema.CanonicalTree;

/**
 * Reads the member ids out of a "members" value: the array of a POST or PUT group body and
 * the value of a PATCH on members alike, so both accept and refuse exactly the same input.
 * Only "value" counts: "$ref", "type" and "display" are ignored, because the server decides
 * a member's type by looking its id up and derives the rest from it.
 */
public final class MemberList {

    private MemberList() {}

    /**
     * @param members the JSON value: an array of member objects, a single member object
     *                (tolerated as an array of one) or {@code null}
     * @return the distinct ids in the order given; empty for {@code null} or an empty array
     * @throws ScimException invalidValue when the value or an element is not a member object
     *                       with a non-blank string "value"
     */
    public static List<String> ids(Object members) {
        if (members == null) {
            return List.of();
        }
        List<?> elements;
        if (members instanceof List<?> list) {
            elements = list;
        } else if (members instanceof Map<?, ?>) {
            elements = List.of(members);
        } else {
            throw ScimException.invalidValue("'members' must be an array of objects with a 'value'");
        }
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < elements.size(); i++) {
            ids.add(id(elements.get(i), i + 1));
        }
        return List.copyOf(ids);
    }

    @SuppressWarnings("unchecked")
    private static String id(Object element, int number) {
        if (!(element instanceof Map<?, ?> map)) {
            throw ScimException.invalidValue("Member " + number + " of 'members' must be an object with a 'value'");
        }
        String key = CanonicalTree.keyOf((Map<String, ?>) map, "value");
        Object value = key == null ? null : map.get(key);
        if (value == null) {
            throw ScimException.invalidValue("Member " + number + " of 'members' has no 'value'");
        }
        if (!(value instanceof String id)) {
            throw ScimException.invalidValue("The 'value' of member " + number + " of 'members' must be a string id");
        }
        if (id.isBlank()) {
            throw ScimException.invalidValue("The 'value' of member " + number + " of 'members' is blank");
        }
        return id;
    }
}
