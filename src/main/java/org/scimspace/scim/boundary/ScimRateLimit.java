package org.scimspace.scim.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

import org.scimspace.common.CurrentTenant;
import org.scimspace.scim.ScimException;

/**
 * Answers 429 with {@code Retry-After} (whole seconds, at least 1) when a tenant exceeds its
 * SCIM rate, as Entra expects (it backs off and retries). Runs right after authentication,
 * which names the tenant; refused credentials never reach it.
 */
@Priority(ScimRateLimit.PRIORITY)
@ApplicationScoped
public class ScimRateLimit implements ContainerRequestFilter {

    static final int PRIORITY = Priorities.AUTHENTICATION + 100;

    @Inject
    TenantRateLimiter limiter;

    @Inject
    CurrentTenant tenant;

    @Override
    public void filter(ContainerRequestContext request) {
        OptionalLong wait = limiter.waitFor(tenant.id());
        if (wait.isPresent()) {
            request.abortWith(tooManyRequests(wait.getAsLong()));
        }
    }

    static Response tooManyRequests(long waitNanos) {
        long seconds = Math.max(1, (waitNanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1));
        Response error =
                ScimResponses.error(ScimException.tooManyRequests("Too many requests for this account; retry after "
                        + seconds + (seconds == 1 ? " second." : " seconds.")));
        return Response.fromResponse(error)
                .header(HttpHeaders.RETRY_AFTER, seconds)
                .build();
    }
}
