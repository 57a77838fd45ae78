package org.scimspace.scim.patch;

import java.util.List;
import java.util.Map;

import org.scimspace.scim.schema.AttributeDef;
import org.scimspace.scim.schema.AttributeLocation;
import org.scimspace.scim.schema.CanonicalTree;
import org.scimspace.scim.schema.ResourceReader;

/**
 * Applies one operation to an attribute the schema defines. Values go through the
 * {@link ResourceReader}, so PATCH coerces and refuses exactly as POST does; an empty
 * value ("" or null) clears the target, as Entra expects.
 */
final class AttributeEditor {

    private final ResourceReader reader;
    private final MultiValuedEditor multiValued;

    AttributeEditor(ResourceReader reader) {
        this.reader = reader;
        this.multiValued = new MultiValuedEditor(reader);
    }

    @SuppressWarnings("unchecked")
    void apply(
            Map<String, Object> tree, PatchOp op, AttributeLocation.Defined location, PatchTarget target, Object raw) {
        AttributeDef attribute = location.attribute();
        Object current = CanonicalTree.get(tree, location.container(), attribute.name());
        Object updated = attribute.multiValued()
                ? multiValued.edit(
                        op, attribute, target.valueFilter(), target.subAttribute(), (List<Object>) current, raw)
                : singular(op, attribute, target.subAttribute(), current, raw);
        CanonicalTree.put(tree, location.container(), attribute.name(), updated);
    }

    @SuppressWarnings("unchecked")
    private Object singular(PatchOp op, AttributeDef attribute, AttributeDef sub, Object current, Object raw) {
        Map<String, Object> complex = current instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
        if (sub != null) {
            Object value = op == PatchOp.REMOVE ? null : reader.readSubValue(attribute, sub, raw);
            return ComplexValues.withSub(attribute, complex, sub, value);
        }
        Object value = op == PatchOp.REMOVE ? null : reader.readValue(attribute, raw);
        if (value == null || !attribute.isComplex()) {
            return value;
        }
        return ComplexValues.merge(attribute, complex, (Map<String, Object>) value);
    }
}
