package org.scimspace.api;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import java.util.logging.Level;
import java.util.logging.Logger;

import org.scimspace.common.CurrentRequest;
import org.scimspace.common.ServiceException;

/** The management API's exception mappers: everything ends as RFC 9457 problem details. */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {}

    static Response of(ServiceException e) {
        return switch (e.kind()) {
            case INVALID -> Problems.badRequest(e.getMessage(), e.field());
            case CONFLICT -> Problems.problem(409, "Conflict", e.getMessage(), e.field());
            case NOT_FOUND -> Problems.problem(404, "Not found", e.getMessage(), null);
            case STALE -> Problems.problem(412, "Precondition failed", e.getMessage(), null);
            case UNAVAILABLE -> Problems.problem(503, "Service unavailable", e.getMessage(), null);
        };
    }

    /** Service refusals. */
    public static class Service implements ExceptionMapper<ServiceException> {
        @Override
        public Response toResponse(ServiceException e) {
            return of(e);
        }
    }

    /** JAX-RS's own errors, keeping a problem body already built by our code. */
    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response response = e.getResponse();
            if (response != null && response.hasEntity()) {
                return response;
            }
            int status = response == null ? 500 : response.getStatus();
            String title = Response.Status.fromStatusCode(status) == null
                    ? "Error"
                    : Response.Status.fromStatusCode(status).getReasonPhrase();
            return Problems.problem(status, title, title + ".", null);
        }
    }

    /** Anything unexpected: logged with the request id, answered with a generic 500 naming it. */
    public static class Fallback implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable thrown) {
            Throwable cause = thrown;
            while (cause instanceof EJBException && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof ServiceException service) {
                return of(service);
            }
            if (cause instanceof WebApplicationException web) {
                return new Web().toResponse(web);
            }
            LOG.log(
                    Level.SEVERE,
                    "Unexpected failure of a management API request" + CurrentRequest.logSuffix(),
                    thrown);
            return Problems.internalError(CurrentRequest.currentId());
        }
    }
}
