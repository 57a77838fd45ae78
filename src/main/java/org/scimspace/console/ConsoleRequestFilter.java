package org.scimspace.console;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.security.Principal;

import org.scimspace.account.boundary.ConsoleUsers;
import org.scimspace.common.CurrentTenant;

/**
 * For console pages: the logged-in user's account becomes the request's tenant, so the
 * services scope every query to it and log the user as the actor.
 */
@WebFilter("/console/*")
public class ConsoleRequestFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsoleUsers users;

    @Inject
    CurrentTenant tenant;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal principal = request.getUserPrincipal();
        if (principal != null) {
            users.identity(principal.getName())
                    .ifPresent(identity -> tenant.set(identity.tenantId(), "console:" + identity.login()));
        }
        chain.doFilter(request, response);
    }
}
