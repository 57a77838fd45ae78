package org.scimspace.bench;

import java.io.UncheckedIOException;
import java.util.UUID;

/** An account made through the operator API with SSO and SCIM on: Entra's view and the admin's. */
record Tenant(String name, String domain, Http management, Http scim) {

    private static final int ATTEMPTS = 3;

    static Tenant create(String serverUrl, String operatorToken, String name) {
        Http operator = Http.management(serverUrl, operatorToken);
        String managementToken = operator.expect("POST", "/tenants", "{\"name\":\"" + name + "\"}", 201)
                .string("managementToken");
        Http management = Http.management(serverUrl, managementToken);
        String domain = name + ".example.com";
        management.expect(
                "PUT",
                "/account/sso",
                "{\"entraTenantId\":\"" + UUID.randomUUID() + "\",\"domain\":\"" + domain + "\"}",
                200);
        management.expect("PUT", "/account/scim", "{\"enabled\":true}", 200);
        String scimToken =
                management.expect("POST", "/account/scim-tokens", null, 201).string("token");
        return new Tenant(name, domain, management, Http.scim(serverUrl, scimToken));
    }

    /**
     * Set-up (not measured): POSTs user {@code i} and answers its SCIM id. When the connection
     * drops before the answer (a set-up load of hours meets that now and then), the POST may
     * or may not have been applied: like Entra, it asks by userName and posts again only when
     * the user is not there, at most {@link #ATTEMPTS} times.
     */
    String createUser(int i) {
        for (int attempt = 1; ; attempt++) {
            try {
                return scim.expect("POST", "/Users", Entra.user(i, domain), 201).string("id");
            } catch (UncheckedIOException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                Http.Reply found = scim.expect("GET", Entra.userFilter(Entra.userName(i, domain)), null, 200);
                if (found.number("totalResults") == 1) {
                    return found.string("id");
                }
            }
        }
    }

    /** Set-up (not measured): POSTs group {@code g} and answers its SCIM id. */
    String createGroup(int g) {
        return scim.expect("POST", "/Groups", Entra.group(name, g), 201).string("id");
    }

    String groupObjectId(int g) {
        return Entra.groupObjectId(name, g);
    }
}
