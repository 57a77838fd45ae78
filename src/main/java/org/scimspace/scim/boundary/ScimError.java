package org.scimspace.scim.boundary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scimspace.scim.ScimException;

/**
 * The entity of every SCIM error response (RFC 7644 §3.12), kept typed until it is written,
 * so that a response filter (the provisioning log) reads status, scimType and detail without
 * parsing the body.
 */
public record ScimError(int status, String scimType, String detail) {

    public static final String SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error";

    public static ScimError of(ScimException e) {
        return new ScimError(e.status(), e.scimType(), e.detail());
    }

    /** The body as a JSON tree. */
    public Map<String, Object> document() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("schemas", List.of(SCHEMA));
        body.put("status", Integer.toString(status));
        if (scimType != null) {
            body.put("scimType", scimType);
        }
        body.put("detail", detail);
        return body;
    }
}
