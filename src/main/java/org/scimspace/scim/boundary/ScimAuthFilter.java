package org.scimspace.scim.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

import java.util.Optional;

import org.scimspace.account.boundary.TokenService;
import org.scimspace.account.control.AuthenticatedToken;
import org.scimspace.account.control.AuthenticationLog;
import org.scimspace.account.entity.TokenKind;
import org.scimspace.common.BearerToken;
import org.scimspace.common.CurrentTenant;
import org.scimspace.scim.ScimException;

/**
 * Every SCIM request needs a live SCIM token of a tenant with synchronisation switched on;
 * anything else is a 401 with a SCIM error body, which Entra reads as a credential error.
 * A refused token that belongs to a tenant still names it, so the refusal reaches that
 * tenant's provisioning log. Every refusal is logged without the secret ({@link AuthenticationLog}).
 */
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class ScimAuthFilter implements ContainerRequestFilter {

    @Inject
    TokenService tokens;

    @Inject
    CurrentTenant currentTenant;

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<String> secret = BearerToken.of(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        Optional<AuthenticatedToken> token = secret.flatMap(s -> tokens.authenticate(s, TokenKind.SCIM));
        if (token.isEmpty()) {
            Optional<AuthenticatedToken> owner = secret.flatMap(s -> tokens.owner(s, TokenKind.SCIM));
            owner.ifPresent(known -> request.setProperty(ScimCaller.PROPERTY, ScimCaller.of(known)));
            AuthenticationLog.refusedToken("SCIM", TokenKind.SCIM, secret, owner);
            request.abortWith(ScimResponses.error(ScimException.unauthorized(
                    "A valid bearer token is required, and user synchronization must be enabled for the account.")));
            return;
        }
        ScimCaller caller = ScimCaller.of(token.get());
        request.setProperty(ScimCaller.PROPERTY, caller);
        currentTenant.set(caller.tenantId(), caller.actor());
    }
}
