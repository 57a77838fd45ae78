package org.scimspace.api;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.scimspace.account.boundary.TokenService;
import org.scimspace.account.control.AuthenticatedToken;
import org.scimspace.account.control.AuthenticationLog;
import org.scimspace.account.control.TokenSecrets;
import org.scimspace.account.entity.TokenKind;
import org.scimspace.common.BearerToken;
import org.scimspace.common.CurrentTenant;

/**
 * The management API needs a management token of a tenant; the operator endpoints under
 * {@code /tenants} need the operator token from configuration ({@code SCIMSPACE_OPERATOR_TOKEN}),
 * and are closed when none is configured. Every refusal is logged without the secret
 * ({@link AuthenticationLog}).
 */
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class ManagementAuthFilter implements ContainerRequestFilter {

    @Inject
    TokenService tokens;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    @ConfigProperty(name = "scimspace.operator.token")
    Optional<String> operatorToken;

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<String> secret = BearerToken.of(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (isOperatorPath(request.getUriInfo().getPath())) {
            if (secret.isEmpty()
                    || operatorToken.filter(t -> t.length() >= 32).isEmpty()
                    || !constantTimeEquals(secret.get(), operatorToken.get())) {
                AuthenticationLog.refusedOperator(secret.isPresent());
                request.abortWith(Problems.problem(401, "Unauthorized", "A valid operator token is required.", null));
            }
            return;
        }
        Optional<AuthenticatedToken> token = secret.flatMap(s -> tokens.authenticate(s, TokenKind.MANAGEMENT));
        if (token.isEmpty()) {
            AuthenticationLog.refusedToken(
                    "management API",
                    TokenKind.MANAGEMENT,
                    secret,
                    secret.flatMap(s -> tokens.owner(s, TokenKind.MANAGEMENT)));
            request.abortWith(Problems.problem(401, "Unauthorized", "A valid management API token is required.", null));
            return;
        }
        currentTenant.set(token.get().tenantId(), "api-token:" + token.get().tokenId());
    }

    /**
     * Whether a path below {@code /api/v1} is an operator endpoint. Jersey (Payara) gives the
     * path as {@code tenants}, RESTEasy (WildFly) as {@code /tenants}.
     */
    static boolean isOperatorPath(String path) {
        return (path.startsWith("/") ? path.substring(1) : path).startsWith("tenants");
    }

    /**
     * Compares the hashes, not the strings: {@link MessageDigest#isEqual} takes the same time
     * whatever the content, but answers at once for different lengths; equal-length hashes
     * hide the operator token's length too.
     */
    private static boolean constantTimeEquals(String presented, String expected) {
        return MessageDigest.isEqual(
                TokenSecrets.hash(presented).getBytes(StandardCharsets.US_ASCII),
                TokenSecrets.hash(expected).getBytes(StandardCharsets.US_ASCII));
    }
}
