package org.scimspace.scim.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.scimspace.common.Json;

/**
 * Lets a SCIM request in only while {@link ScimAdmission} has a place for it, and answers
 * the others at once: 429, {@code Retry-After: 1} and a SCIM error body. A servlet filter,
 * so that the place is given back whatever happens further in; web.xml maps it to
 * {@code /scim/*} right after the request id filter, so that the 429 carries the id too.
 */
public class ScimAdmissionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String BUSY = "The service is busy; retry after 1 second.";

    @Inject
    ScimAdmission admission;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!admission.enter()) {
            byte[] body = Json.write(new ScimError(429, null, BUSY).document()).getBytes(StandardCharsets.UTF_8);
            response.setStatus(429);
            response.setHeader("Retry-After", "1");
            response.setContentType(ScimMediaType.SCIM_JSON + ";charset=UTF-8");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            admission.leave();
        }
    }
}
