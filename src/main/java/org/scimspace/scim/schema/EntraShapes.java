package org.scimspace.scim.schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The value shapes Entra ID sends that RFC 7643 does not allow, normalised before type
 * checking so that every other class only sees RFC shapes. Entra sends the enterprise
 * {@code manager} as {@code [{"$ref":…,"value":id}]} or as a bare id string, and some
 * clients send a lone object where an array belongs. Accepting them is cheaper than a
 * quarantined provisioning job (ENTRA.md, "Manager arrives in three shapes").
 */
final class EntraShapes {

    private EntraShapes() {}

    /**
     * A value for a single complex value: a one-element array stands for its element, and a
     * bare scalar stands for {@code {"value": scalar}} when the attribute has a "value".
     */
    static Object singleComplex(AttributeDef attribute, Object raw) {
        Object value = raw;
        if (value instanceof List<?> list && list.size() == 1) {
            value = list.get(0);
        }
        if ((value instanceof String || value instanceof Boolean || value instanceof Number)
                && attribute.defaultSubAttribute().isPresent()) {
            Map<String, Object> wrapped = new LinkedHashMap<>();
            wrapped.put(attribute.defaultSubAttribute().get().name(), value);
            return wrapped;
        }
        return value;
    }

    /** A value for a multi-valued attribute: anything but an array is a one-element array. */
    static List<?> multi(Object raw) {
        return raw instanceof List<?> list ? list : List.of(raw);
    }
}
