package org.scimspace.scim.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.nio.charset.StandardCharsets;

import org.scimspace.common.Json;
import org.scimspace.scim.ScimException;

/** Builds SCIM responses: JSON trees as UTF-8 {@code application/scim+json}, and errors. */
public final class ScimResponses {

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

    /** An error response; its entity stays a {@link ScimError} until {@link ScimErrorWriter} writes it. */
    public static Response error(ScimException e) {
        Response.ResponseBuilder response =
                Response.status(e.status()).type(ScimMediaType.SCIM_JSON).entity(ScimError.of(e));
        if (e.status() == 401) {
            response.header("WWW-Authenticate", "Bearer realm=\"scimspace\"");
        }
        return response.build();
    }
}
