package org.scimspace.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.scimspace.account.boundary.AccountResource;
import org.scimspace.account.boundary.TenantsResource;
import org.scimspace.audit.LogResource;
import org.scimspace.operations.RequestMetricsIfAvailable;
import org.scimspace.remotesource.boundary.RemoteSourcesResource;
import org.scimspace.remotesource.boundary.WorkspaceSourceResource;
import org.scimspace.workspace.boundary.WorkspacesResource;

/**
 * The management API. Its classes are listed so that they never mix with the SCIM
 * application's resources and error format. Its OpenAPI document is served at
 * {@code /openapi}; the SCIM application is left out of it (META-INF/microprofile-config.properties),
 * as RFC 7643/7644 and its own discovery endpoints describe it.
 */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Scimspace management API",
                        version = "1",
                        description = "Accounts, SCIM tokens, workspaces and their members, the provisioning log."
                                + " Errors are RFC 9457 problem details."),
        security = @SecurityRequirement(name = ManagementApplication.BEARER))
@SecurityScheme(
        securitySchemeName = ManagementApplication.BEARER,
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "A management token (mgmt_...) of the account; the /tenants endpoints take the operator token.")
public class ManagementApplication extends Application {

    static final String BEARER = "bearer";

    @Override
    public Set<Class<?>> getClasses() {
        return Stream.concat(
                        Stream.of(
                                AccountResource.class,
                                TenantsResource.class,
                                LogResource.class,
                                WorkspacesResource.class,
                                RemoteSourcesResource.class,
                                WorkspaceSourceResource.class,
                                ManagementAuthFilter.class,
                                ApiBodyLimit.class,
                                ProblemMappers.Service.class,
                                ProblemMappers.Web.class,
                                ProblemMappers.Fallback.class),
                        RequestMetricsIfAvailable.providers().stream())
                .collect(Collectors.toUnmodifiableSet());
    }
}
