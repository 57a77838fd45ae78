package org.scimspace.scim.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.scimspace.operations.RequestMetricsIfAvailable;

/**
 * The SCIM 2.0 service at {@code /scim/v2}, the Tenant URL an Entra admin pastes. Its
 * classes are listed so that they never mix with the management API's.
 */
@ApplicationPath("scim/v2")
public class ScimApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Stream.concat(
                        Stream.of(
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
                                FallbackExceptionMapper.class),
                        RequestMetricsIfAvailable.providers().stream())
                .collect(Collectors.toUnmodifiableSet());
    }
}
