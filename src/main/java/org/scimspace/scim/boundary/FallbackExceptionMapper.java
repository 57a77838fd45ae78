package org.scimspace.scim.boundary;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import java.util.logging.Level;
import java.util.logging.Logger;

import org.scimspace.common.CurrentRequest;
import org.scimspace.common.ServiceException;
import org.scimspace.scim.ScimException;

/**
 * Anything unexpected: logged with its cause and the request id for us, a generic SCIM 500
 * naming the request id for the client (so support finds the log line), never a stack trace.
 * Exceptions wrapped by the EJB container are unwrapped first.
 */
public class FallbackExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(FallbackExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable cause = thrown;
        while (cause instanceof EJBException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof ScimException scim) {
            return ScimResponses.error(scim);
        }
        if (cause instanceof ServiceException service) {
            return new ServiceExceptionMapper().toResponse(service);
        }
        LOG.log(Level.SEVERE, "Unexpected failure of a SCIM request" + CurrentRequest.logSuffix(), thrown);
        return ScimResponses.error(new ScimException(
                500,
                null,
                "The server could not complete the request."
                        + CurrentRequest.currentId()
                                .map(id -> " Request id: " + id + ".")
                                .orElse("")));
    }
}
