package org.scimspace.account.control;

import org.scimspace.account.entity.Tenant;

/** An account's settings as the API and the console show them. */
public record AccountView(String id, String name, boolean scimEnabled, String entraTenantId, String domain) {

    public static AccountView of(Tenant tenant) {
        return new AccountView(
                tenant.getId(),
                tenant.getName(),
                tenant.isScimEnabled(),
                tenant.getEntraTenantId(),
                tenant.getSsoDomain());
    }

    public boolean hasSso() {
        return entraTenantId != null;
    }
}
