package org.scimspace.scim.schema;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Resolves attribute names, bare or URN-qualified, against a resource type. Entra sends
 * custom extension attributes under URNs we never published, so names of the form
 * {@code urn:ietf:params:scim:schemas:extension:<name>:<version>:<ResourceType>:<attr>}
 * resolve to a custom location instead of being unknown.
 */
public final class AttributeLocator {

    private static final String EXTENSION_PREFIX = "urn:ietf:params:scim:schemas:extension:";

    private final ResourceTypeDef type;
    private final Pattern customExtension;

    public AttributeLocator(ResourceTypeDef type) {
        this.type = type;
        this.customExtension = Pattern.compile(
                Pattern.quote(EXTENSION_PREFIX) + ".+:" + Pattern.quote(type.id()), Pattern.CASE_INSENSITIVE);
    }

    public ResourceTypeDef type() {
        return type;
    }

    /**
     * Resolves a JSON key of a resource body: a plain attribute name, a URN-qualified name
     * ({@code <schema urn>:<attr>}) or a schema URN on its own.
     */
    public Optional<AttributeLocation> locateKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        int colon = key.lastIndexOf(':');
        if (key.regionMatches(true, 0, "urn:", 0, 4) && colon > 0) {
            return locate(key.substring(0, colon), key.substring(colon + 1));
        }
        return locate(null, key);
    }

    /**
     * Resolves an attribute name with an optional URN prefix, as split by a path parser
     * ({@code urn} + ":" + {@code name} may itself be a schema URN).
     */
    public Optional<AttributeLocation> locate(String urn, String name) {
        if (name == null || name.isEmpty()) {
            return Optional.empty();
        }
        if (urn != null) {
            String whole = urn + ":" + name;
            Optional<SchemaDef> schema = type.schema(whole);
            if (schema.isPresent()) {
                return Optional.of(new AttributeLocation.WholeSchema(containerOf(schema.get()), schema.get()));
            }
            if (isCustomExtension(whole)) {
                return Optional.of(new AttributeLocation.WholeCustom(whole));
            }
        }
        if (urn == null) {
            Optional<AttributeLocation> core =
                    type.attribute(null, name).map(def -> new AttributeLocation.Defined(null, def));
            return core.isPresent() ? core : uniqueExtensionAttribute(name);
        }
        if (type.schema(urn).isPresent()) {
            String container = containerOf(type.schema(urn).get());
            return type.attribute(urn, name).map(def -> new AttributeLocation.Defined(container, def));
        }
        if (isCustomExtension(urn)) {
            return Optional.of(new AttributeLocation.Custom(urn, name));
        }
        return Optional.empty();
    }

    /** Resolves a name inside the object given for a whole schema. */
    public Optional<AttributeLocation> locateIn(AttributeLocation.WholeSchema schema, String name) {
        return type.attribute(schema.schema().id(), name)
                .map(def -> new AttributeLocation.Defined(schema.container(), def));
    }

    /**
     * Entra sends the enterprise manager with the bare path "manager"; a bare name that is
     * not a core attribute means the extension attribute of that name, if exactly one has it.
     */
    private Optional<AttributeLocation> uniqueExtensionAttribute(String name) {
        List<AttributeLocation> found = type.extensions().stream()
                .flatMap(schema -> schema.attribute(name).stream()
                        .map(def -> (AttributeLocation) new AttributeLocation.Defined(schema.id(), def)))
                .toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private boolean isCustomExtension(String urn) {
        return type.schema(urn).isEmpty() && customExtension.matcher(urn).matches();
    }

    private String containerOf(SchemaDef schema) {
        return schema == type.core() ? null : schema.id();
    }
}
