package org.scimspace.scim.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.scimspace.common.ServiceException;
import org.scimspace.scim.ScimException;

/** Service refusals in SCIM terms: a conflict is a uniqueness error, a stale version a 412. */
public class ServiceExceptionMapper implements ExceptionMapper<ServiceException> {

    @Override
    public Response toResponse(ServiceException e) {
        return ScimResponses.error(
                switch (e.kind()) {
                    case INVALID -> ScimException.invalidValue(e.getMessage());
                    case CONFLICT -> ScimException.uniqueness(e.getMessage());
                    case NOT_FOUND -> ScimException.notFound(e.getMessage());
                    case STALE -> ScimException.preconditionFailed(e.getMessage());
                    case UNAVAILABLE -> new ScimException(503, null, e.getMessage());
                });
    }
}
