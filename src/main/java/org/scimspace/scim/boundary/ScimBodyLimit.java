package org.scimspace.scim.boundary;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;

import java.io.IOException;

import org.scimspace.common.BoundedEntity;
import org.scimspace.scim.ScimException;

/**
 * Refuses a SCIM request body over {@link ScimRequestBody#MAX_BYTES} with 413 before the
 * resource reads it into memory. Runs after authentication and the rate limit, so an
 * unknown or throttled caller costs no body reading at all.
 */
@Priority(ScimBodyLimit.PRIORITY)
public class ScimBodyLimit implements ContainerRequestFilter {

    static final int PRIORITY = ScimRateLimit.PRIORITY + 100;

    @Override
    public void filter(ContainerRequestContext request) {
        boolean fits;
        try {
            fits = BoundedEntity.fits(request, ScimRequestBody.MAX_BYTES);
        } catch (IOException e) {
            throw ScimException.invalidSyntax("The request body could not be read.");
        }
        if (!fits) {
            request.abortWith(BoundedEntity.refuse(request, ScimResponses.error(ScimRequestBody.tooLarge())));
        }
    }
}
