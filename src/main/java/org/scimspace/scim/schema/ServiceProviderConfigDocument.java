package org.scimspace.scim.schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders the RFC 7643 §5 ServiceProviderConfig: what the protocol layer actually supports,
 * so a client never tries bulk or password change against us.
 */
final class ServiceProviderConfigDocument {

    static final String URN = "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig";

    private ServiceProviderConfigDocument() {}

    /** @param filterLimits the filter parser's limits in words, added to the filter description */
    static Map<String, Object> of(String baseUrl, int defaultPageSize, int maxPageSize, String filterLimits) {
        if (defaultPageSize < 1 || maxPageSize < defaultPageSize) {
            throw new IllegalArgumentException(
                    "page sizes must satisfy 1 <= default <= max, got " + defaultPageSize + " and " + maxPageSize);
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("schemas", List.of(URN));
        document.put("patch", supported(true));
        Map<String, Object> bulk = supported(false);
        bulk.put("maxOperations", 0);
        bulk.put("maxPayloadSize", 0);
        document.put("bulk", bulk);
        document.put("filter", filter(defaultPageSize, maxPageSize, filterLimits));
        document.put("changePassword", supported(false));
        document.put("sort", supported(true));
        document.put("etag", supported(true));
        document.put("authenticationSchemes", List.of(bearerToken()));
        document.put("meta", DiscoveryDocuments.meta("ServiceProviderConfig", baseUrl, "/ServiceProviderConfig"));
        return document;
    }

    /**
     * RFC 7643 has no member for the default page size, so it is stated in a human-readable
     * description next to {@code maxResults} rather than in an invented object.
     */
    private static Map<String, Object> filter(int defaultPageSize, int maxPageSize, String limits) {
        Map<String, Object> filter = supported(true);
        filter.put("maxResults", maxPageSize);
        filter.put(
                "description",
                "List and query responses return " + defaultPageSize
                        + " resources per page unless 'count' asks for another size, and at most " + maxPageSize + ". "
                        + limits);
        return filter;
    }

    private static Map<String, Object> bearerToken() {
        Map<String, Object> scheme = new LinkedHashMap<>();
        scheme.put("type", "oauthbearertoken");
        scheme.put("name", "OAuth Bearer Token");
        scheme.put("description", "Authentication with the secret token generated in the Scimspace console");
        scheme.put("specUri", "https://www.rfc-editor.org/info/rfc6750");
        scheme.put("primary", true);
        return scheme;
    }

    private static Map<String, Object> supported(boolean supported) {
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("supported", supported);
        return feature;
    }
}
