package org.scimspace.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

import org.scimspace.common.CurrentRequest;
import org.scimspace.common.RequestId;

/**
 * Gives every request an id ({@link RequestId}): on the response before anything else is
 * written, and bound to the thread for the log lines written while it is served. Mapped to
 * everything in the application, so SCIM, the management API, the console and, when the
 * application is deployed at the root context as {@code run.sh} does, Payara's health,
 * metrics and OpenAPI endpoints, which Payara adds to the root application. The console's
 * authentication runs before any filter and {@linkplain #assign assigns} the id itself.
 * Declared in web.xml, first of the filters.
 */
public class RequestIdFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final String ATTRIBUTE = RequestId.class.getName();

    /** The request's id, assigned and put on the response by the first to ask. */
    public static String assign(HttpServletRequest request, HttpServletResponse response) {
        if (request.getAttribute(ATTRIBUTE) instanceof String assigned) {
            return assigned;
        }
        String id = RequestId.acceptOrGenerate(request.getHeader(RequestId.HEADER));
        request.setAttribute(ATTRIBUTE, id);
        response.setHeader(RequestId.HEADER, id);
        return id;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String id = assign(request, response);
        try (CurrentRequest.Binding bound = CurrentRequest.bind(new CurrentRequest(id, request.getRemoteAddr()))) {
            chain.doFilter(request, response);
        }
    }
}
