package org.scimspace.common;

import jakarta.enterprise.context.RequestScoped;

/**
 * The tenant the current request's credentials belong to, set by an authentication filter.
 * Resources read it here rather than from any client-supplied value.
 */
@RequestScoped
public class CurrentTenant {

    private String tenantId;

    public void set(String authenticatedTenantId) {
        this.tenantId = authenticatedTenantId;
    }

    /** The authenticated tenant; a request that reaches a resource always has one. */
    public String id() {
        if (tenantId == null) {
            throw new IllegalStateException("No authenticated tenant on this request");
        }
        return tenantId;
    }
}
