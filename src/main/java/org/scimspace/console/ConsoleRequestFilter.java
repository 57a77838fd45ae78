package org.scimspace.console;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.security.Principal;
import java.util.Optional;

import org.scimspace.account.boundary.ConsoleUsers;
import org.scimspace.account.control.ConsoleIdentity;
import org.scimspace.common.CurrentTenant;

/**
 * For console pages: the logged-in user's account becomes the request's tenant, so the
 * services scope every query to it and log the user as the actor. A login removed since its
 * session began is logged out.
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
            Optional<ConsoleIdentity> identity = users.identity(principal.getName());
            if (identity.isEmpty()) {
                // The login was removed while its session lived: the session ends with it.
                request.logout();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                response.sendRedirect(request.getContextPath() + "/login.xhtml");
                return;
            }
            tenant.set(identity.get().tenantId(), "console:" + identity.get().login());
        }
        chain.doFilter(request, response);
    }
}
