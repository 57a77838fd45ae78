package org.scimspace.scim.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scimspace.common.Json;
import org.scimspace.scim.ScimException;

/** Builds SCIM responses: JSON trees as UTF-8 {@code application/scim+json}, and errors. */
public final class ScimResponses {

    public static final String ERROR_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error";

    private ScimResponses() {}

    /** The SCIM base URL of this request (the Tenant URL), without a trailing slash. */
    public static String baseUrl(UriInfo uri) {
        String base = uri.getBaseUri().toString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public static Response.ResponseBuilder json(int status, Object tree) {
        return Response.status(status)
                .type(ScimMediaType.SCIM_JSON)
                .entity(Json.write(tree).getBytes(StandardCharsets.UTF_8));
    }

    public static Response error(ScimException e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("schemas", List.of(ERROR_SCHEMA));
        body.put("status", Integer.toString(e.status()));
        if (e.scimType() != null) {
            body.put("scimType", e.scimType());
        }
        body.put("detail", e.detail());
        Response.ResponseBuilder response = json(e.status(), body);
        if (e.status() == 401) {
            response.header("WWW-Authenticate", "Bearer realm=\"scimspace\"");
        }
        return response.build();
    }
}
