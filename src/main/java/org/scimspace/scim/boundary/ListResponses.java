package org.scimspace.scim.boundary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** RFC 7644 §3.4.2 ListResponse bodies. */
public final class ListResponses {

    public static final String SCHEMA = "urn:ietf:params:scim:api:messages:2.0:ListResponse";

    private ListResponses() {}

    public static Map<String, Object> of(long total, int startIndex, List<Map<String, Object>> resources) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("schemas", List.of(SCHEMA));
        body.put("totalResults", total);
        body.put("startIndex", startIndex);
        body.put("itemsPerPage", resources.size());
        body.put("Resources", resources);
        return body;
    }
}
