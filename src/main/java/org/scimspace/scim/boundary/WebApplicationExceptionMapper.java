package org.scimspace.scim.boundary;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.scimspace.scim.ScimException;

/**
 * Errors raised by JAX-RS itself (unknown path, wrong method or media type) in the SCIM
 * error format, with a detail of our own rather than the container's.
 */
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        String detail =
                switch (status) {
                    case 404 -> "No such resource or endpoint.";
                    case 405 -> "This method is not allowed on this endpoint.";
                    case 406 -> "Only application/scim+json and application/json responses are available.";
                    case 415 -> "Send the request body as application/scim+json or application/json.";
                    default -> status >= 500
                            ? "The server could not complete the request."
                            : "The request is not valid.";
                };
        String scimType = status == 400 ? "invalidSyntax" : null;
        return ScimResponses.error(new ScimException(status, scimType, detail));
    }
}
