package org.scimspace.scim.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.scimspace.scim.ScimException;

/** The one mapper of SCIM errors to RFC 7644 §3.12 responses. */
public class ScimExceptionMapper implements ExceptionMapper<ScimException> {

    @Override
    public Response toResponse(ScimException e) {
        return ScimResponses.error(e);
    }
}
