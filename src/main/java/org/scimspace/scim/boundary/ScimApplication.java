package org.scimspace.scim.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import java.util.Set;

import org.scimspace.operations.RequestMetrics;

/**
 * The SCIM 2.0 service at {@code /scim/v2}, the Tenant URL an Entra admin pastes. Its
 * classes are listed so that they never mix with the management API's.
 */
@ApplicationPath("scim/v2")
public class ScimApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                UsersResource.class,
                GroupsResource.class,
                DiscoveryResource.class,
                ScimAuthFilter.class,
                ScimRateLimit.class,
                ScimBodyLimit.class,
                ScimWriteRecorder.class,
                ScimErrorWriter.class,
                ScimExceptionMapper.class,
                ServiceExceptionMapper.class,
                WebApplicationExceptionMapper.class,
                FallbackExceptionMapper.class,
                RequestMetrics.class);
    }
}
