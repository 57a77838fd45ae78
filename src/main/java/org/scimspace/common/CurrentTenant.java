package org.scimspace.common;

import jakarta.enterprise.context.RequestScoped;

/**
 * The tenant the current request's credentials belong to, and who presented them, set by an
 * authentication filter. Resources read it here rather than from any client-supplied value.
 */
@RequestScoped
public class CurrentTenant {

    private String tenantId;
    private String actor;

    /**
     * @param authenticatedActor who acts, as the provisioning log names it ({@code api-token:<id>});
     *     never a secret
     */
    public void set(String authenticatedTenantId, String authenticatedActor) {
        this.tenantId = authenticatedTenantId;
        this.actor = authenticatedActor;
    }

    /** The authenticated tenant; a request that reaches a resource always has one. */
    public String id() {
        if (tenantId == null) {
            throw new IllegalStateException("No authenticated tenant on this request");
        }
        return tenantId;
    }

    /** Who acts on this request, for the provisioning log. */
    public String actor() {
        if (actor == null) {
            throw new IllegalStateException("No authenticated actor on this request");
        }
        return actor;
    }
}
