package org.scimspace.scim.schema;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A SCIM resource type (RFC 7643 §6): its core schema and its extensions. Attribute lookup
 * here is what every engine uses to resolve a name, with or without a schema URN prefix.
 */
public record ResourceTypeDef(
        String id, String name, String endpoint, String description, SchemaDef core, List<SchemaDef> extensions) {

    public static final ResourceTypeDef USER = new ResourceTypeDef(
            "User", "User", "/Users", "User Account", UserSchemas.CORE, List.of(UserSchemas.ENTERPRISE));

    public static final ResourceTypeDef GROUP =
            new ResourceTypeDef("Group", "Group", "/Groups", "Group", GroupSchemas.CORE, List.of());

    public ResourceTypeDef {
        extensions = List.copyOf(extensions);
    }

    /** Every schema of the type, core first. */
    public List<SchemaDef> schemas() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(core), extensions.stream())
                .toList();
    }

    /** The schema (core or extension) with that URN, matched case-insensitively. */
    public Optional<SchemaDef> schema(String urn) {
        if (urn == null) {
            return Optional.empty();
        }
        String wanted = urn.toLowerCase(Locale.ROOT);
        return schemas().stream()
                .filter(s -> s.id().toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }

    /** The extension schema with that URN. */
    public Optional<SchemaDef> extension(String urn) {
        return schema(urn).filter(s -> s != core);
    }

    /**
     * A top-level attribute: a common attribute ({@code id}, {@code externalId}, {@code meta})
     * or one of the core schema when {@code urn} is null or the core URN, else one of the
     * extension named by {@code urn}.
     */
    public Optional<AttributeDef> attribute(String urn, String attributeName) {
        if (urn == null || urn.equalsIgnoreCase(core.id())) {
            Optional<AttributeDef> common = AttributeDef.find(CommonAttributes.ALL, attributeName);
            return common.isPresent() ? common : core.attribute(attributeName);
        }
        return extension(urn).flatMap(s -> s.attribute(attributeName));
    }
}
