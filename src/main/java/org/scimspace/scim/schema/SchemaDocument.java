package org.scimspace.scim.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders one schema as RFC 7643 §7 describes it. RFC 7643 §3.1 defines the common
 * attributes ({@code id}, {@code externalId}, {@code meta}) outside every schema; of those, a
 * caller may list the ones a client writes ({@code externalId}) ahead of the schema's own.
 */
final class SchemaDocument {

    private SchemaDocument() {}

    static Map<String, Object> of(SchemaDef schema, List<AttributeDef> leading, String baseUrl) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("schemas", List.of(DiscoveryDocuments.SCHEMA_URN));
        document.put("id", schema.id());
        document.put("name", schema.name());
        DiscoveryDocuments.putIfPresent(document, "description", schema.description());
        List<AttributeDef> listed = new ArrayList<>(leading);
        listed.addAll(schema.attributes());
        document.put("attributes", attributes(listed));
        document.put("meta", DiscoveryDocuments.meta("Schema", baseUrl, "/Schemas/" + schema.id()));
        return document;
    }

    private static List<Map<String, Object>> attributes(List<AttributeDef> attributes) {
        return attributes.stream().map(SchemaDocument::attribute).toList();
    }

    private static Map<String, Object> attribute(AttributeDef attribute) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("name", attribute.name());
        document.put("type", attribute.type().wireName());
        if (attribute.isComplex()) {
            document.put("subAttributes", attributes(attribute.subAttributes()));
        }
        document.put("multiValued", attribute.multiValued());
        DiscoveryDocuments.putIfPresent(document, "description", attribute.description());
        document.put("required", attribute.required());
        if (!attribute.canonicalValues().isEmpty()) {
            document.put("canonicalValues", attribute.canonicalValues());
        }
        document.put("caseExact", attribute.caseExact());
        document.put("mutability", attribute.mutability().wireName());
        document.put("returned", attribute.returned().wireName());
        document.put("uniqueness", attribute.uniqueness().wireName());
        if (attribute.type() == AttributeType.REFERENCE) {
            document.put("referenceTypes", attribute.referenceTypes());
        }
        return document;
    }
}
