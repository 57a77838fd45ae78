package org.scimspace.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;

import java.io.IOException;

import org.scimspace.common.BoundedEntity;

/**
 * Refuses a management API request body over {@link #MAX_BYTES} with a 413 problem before
 * any resource reads it; after authentication, so anonymous callers cost no reading.
 */
@Priority(Priorities.AUTHENTICATION + 200)
public class ApiBodyLimit implements ContainerRequestFilter {

    /** The largest real body, a workspace's list of group limits, is a few kilobytes. */
    public static final int MAX_BYTES = 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        boolean fits;
        try {
            fits = BoundedEntity.fits(request, MAX_BYTES);
        } catch (IOException e) {
            request.abortWith(Problems.badRequest("The request body could not be read.", null));
            return;
        }
        if (!fits) {
            request.abortWith(BoundedEntity.refuse(
                    request,
                    Problems.problem(
                            413,
                            "Content too large",
                            "The request body exceeds the limit of " + MAX_BYTES + " bytes.",
                            null)));
        }
    }
}
