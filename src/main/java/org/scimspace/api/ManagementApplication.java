package org.scimspace.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import java.util.Set;

import org.scimspace.account.boundary.AccountResource;
import org.scimspace.account.boundary.TenantsResource;
import org.scimspace.audit.LogResource;
import org.scimspace.remotesource.boundary.RemoteSourcesResource;
import org.scimspace.remotesource.boundary.WorkspaceSourceResource;
import org.scimspace.workspace.boundary.WorkspacesResource;

/**
 * The management API. Its classes are listed so that they never mix with the SCIM
 * application's resources and error format.
 */
@ApplicationPath("api/v1")
public class ManagementApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
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
                ProblemMappers.Fallback.class);
    }
}
