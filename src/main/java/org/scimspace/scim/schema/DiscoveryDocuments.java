package org.scimspace.scim.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The three discovery endpoints of RFC 7644 §4 ({@code /Schemas}, {@code /ResourceTypes},
 * {@code /ServiceProviderConfig}) as JSON-ready trees, derived from the same attribute
 * metadata the server enforces, so what Entra reads is what we accept. Values use the RFC
 * camelCase wire names and no member is ever {@code null}.
 */
public final class DiscoveryDocuments {

    static final String SCHEMA_URN = "urn:ietf:params:scim:schemas:core:2.0:Schema";
    static final String RESOURCE_TYPE_URN = "urn:ietf:params:scim:schemas:core:2.0:ResourceType";

    private DiscoveryDocuments() {}

    /**
     * RFC 7643 §7 representations of every schema of the given types, core schemas and
     * extensions alike, each listed once even when several types share it. A core schema
     * lists {@code externalId} too: ENTRA.md asks for every attribute we accept, and Entra's
     * attribute mapping targets it.
     *
     * @param baseUrl the SCIM base URL, e.g. {@code https://host/scim/v2}
     */
    public static List<Map<String, Object>> schemas(List<ResourceTypeDef> types, String baseUrl) {
        Set<String> seen = new LinkedHashSet<>();
        List<Map<String, Object>> documents = new ArrayList<>();
        for (ResourceTypeDef type : types) {
            for (SchemaDef schema : type.schemas()) {
                if (seen.add(schema.id())) {
                    documents.add(SchemaDocument.of(
                            schema,
                            schema == type.core() ? List.of(CommonAttributes.EXTERNAL_ID) : List.of(),
                            baseUrl));
                }
            }
        }
        return documents;
    }

    /** RFC 7643 §6 representations of the given types. */
    public static List<Map<String, Object>> resourceTypes(List<ResourceTypeDef> types, String baseUrl) {
        return types.stream().map(type -> resourceType(type, baseUrl)).toList();
    }

    /**
     * The RFC 7643 §5 ServiceProviderConfig.
     *
     * @param defaultPageSize resources per page when a list request gives no {@code count}
     * @param maxPageSize     the largest page served, whatever {@code count} asks for
     */
    public static Map<String, Object> serviceProviderConfig(
            String baseUrl, int defaultPageSize, int maxPageSize, String filterLimits) {
        return ServiceProviderConfigDocument.of(baseUrl, defaultPageSize, maxPageSize, filterLimits);
    }

    private static Map<String, Object> resourceType(ResourceTypeDef type, String baseUrl) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("schemas", List.of(RESOURCE_TYPE_URN));
        document.put("id", type.id());
        document.put("name", type.name());
        document.put("endpoint", type.endpoint());
        putIfPresent(document, "description", type.description());
        document.put("schema", type.core().id());
        if (!type.extensions().isEmpty()) {
            // Entra sends enterprise attributes on some users only: no extension is required.
            document.put(
                    "schemaExtensions",
                    type.extensions().stream()
                            .map(extension -> Map.<String, Object>of("schema", extension.id(), "required", false))
                            .toList());
        }
        document.put("meta", meta("ResourceType", baseUrl, "/ResourceTypes/" + type.id()));
        return document;
    }

    static Map<String, Object> meta(String resourceType, String baseUrl, String relativeLocation) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("resourceType", resourceType);
        meta.put("location", withoutTrailingSlash(baseUrl) + relativeLocation);
        return meta;
    }

    static void putIfPresent(Map<String, Object> document, String key, Object value) {
        if (value != null) {
            document.put(key, value);
        }
    }

    private static String withoutTrailingSlash(String baseUrl) {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}
