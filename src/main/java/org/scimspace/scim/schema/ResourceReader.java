package org.scimspace.scim.schema;

import java.util.LinkedHashMap;
import java.util.Map;

import org.scimspace.scim.ScimException;

/**
 * Turns a client's JSON object (as JSON-B parses it) into the canonical tree of a resource
 * type. Clients differ in spelling and shape but the store and every engine see one form:
 * canonical names, extension attributes under their schema id, no nulls, typed values.
 * Tolerant where Entra and other clients are sloppy (unknown attributes and schema URNs,
 * readOnly attributes echoed back, nulls), strict about types.
 */
public final class ResourceReader {

    private static final String SCHEMAS = "schemas";

    private final ResourceTypeDef type;
    private final AttributeLocator locator;
    private final ValueReader values = new ValueReader();

    public ResourceReader(ResourceTypeDef type) {
        this.type = type;
        this.locator = new AttributeLocator(type);
    }

    public ResourceTypeDef type() {
        return type;
    }

    public AttributeLocator locator() {
        return locator;
    }

    /**
     * Reads a full resource, as sent by POST or PUT.
     *
     * @throws ScimException invalidValue for a value of the wrong type or a missing required attribute
     */
    public Map<String, Object> readResource(Map<String, ?> raw) {
        Map<String, Object> tree = new LinkedHashMap<>();
        raw.forEach((key, value) -> {
            if (!SCHEMAS.equalsIgnoreCase(key)) {
                locator.locateKey(key).ifPresent(location -> place(tree, location, value));
            }
        });
        requireAll(tree);
        return tree;
    }

    /**
     * Reads the value of one attribute (an array for a multi-valued one).
     *
     * @return the canonical value, or {@code null} when the raw value means "unset"
     */
    public Object readValue(AttributeDef attribute, Object raw) {
        return values.read(attribute, raw, attribute.name());
    }

    /** Reads the value of one sub-attribute, naming it {@code parent.sub} in errors. */
    public Object readSubValue(AttributeDef parent, AttributeDef sub, Object raw) {
        return values.read(sub, raw, parent.name() + "." + sub.name());
    }

    /** Reads one element of a multi-valued attribute (or the value of a singular one). */
    public Object readElement(AttributeDef attribute, Object raw) {
        return values.readSingle(attribute, raw, attribute.name());
    }

    /**
     * Checks that every required attribute is present.
     *
     * @throws ScimException invalidValue naming the first missing attribute
     */
    public void requireAll(Map<String, Object> tree) {
        for (SchemaDef schema : type.schemas()) {
            String container = schema == type.core() ? null : schema.id();
            for (AttributeDef attribute : schema.attributes()) {
                if (attribute.required() && CanonicalTree.get(tree, container, attribute.name()) == null) {
                    throw ScimException.invalidValue("Attribute '" + attribute.name() + "' is required");
                }
            }
        }
    }

    private void place(Map<String, Object> tree, AttributeLocation location, Object raw) {
        if (location instanceof AttributeLocation.Defined defined) {
            AttributeDef attribute = defined.attribute();
            if (attribute.mutability() != Mutability.READ_ONLY) {
                CanonicalTree.put(tree, defined.container(), attribute.name(), readValue(attribute, raw));
            }
        } else if (location instanceof AttributeLocation.WholeSchema schema) {
            objectOf(raw, schema.schema().id()).forEach((key, value) -> locator.locateIn(schema, key)
                    .ifPresent(inner -> place(tree, inner, value)));
        } else if (location instanceof AttributeLocation.Custom custom) {
            CanonicalTree.put(tree, custom.extensionUrn(), custom.name(), CanonicalTree.cleanCopy(raw));
        } else if (location instanceof AttributeLocation.WholeCustom custom) {
            objectOf(raw, custom.extensionUrn())
                    .forEach((key, value) ->
                            place(tree, new AttributeLocation.Custom(custom.extensionUrn(), key), value));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> objectOf(Object raw, String label) {
        if (raw == null) {
            return Map.of();
        }
        if (raw instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw ScimException.invalidValue("Attribute '" + label + "' must be an object");
    }
}
