package org.scimspace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

/** Makes a fresh account through the operator and management APIs, as an operator would. */
public final class Tenants {

    private static final String JSON = "application/json";

    private Tenants() {}

    /** A new account's management API client (SCIM still off, no SSO). */
    public static Http newAccount(String baseUrl) {
        Http operator = new Http(baseUrl + "api/v1", ItSettings.operatorToken());
        Http.Reply created = operator.send("POST", "/tenants", "{\"name\":\"acct-" + UUID.randomUUID() + "\"}", JSON);
        assertEquals(201, created.status(), created::toString);
        return new Http(baseUrl + "api/v1", (String) created.json().get("managementToken"));
    }

    /** A new account with a console main user: its management API client and the main user's login. */
    public record ConsoleAccount(Http management, String login, String password) {}

    public static ConsoleAccount newAccountWithMainUser(String baseUrl) {
        Http operator = new Http(baseUrl + "api/v1", ItSettings.operatorToken());
        String login = "main-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "pw-" + UUID.randomUUID();
        Http.Reply created = operator.send(
                "POST",
                "/tenants",
                "{\"name\":\"acct-" + UUID.randomUUID() + "\",\"mainUserLogin\":\"" + login
                        + "\",\"mainUserPassword\":\"" + password + "\"}",
                JSON);
        assertEquals(201, created.status(), created::toString);
        return new ConsoleAccount(
                new Http(baseUrl + "api/v1", (String) created.json().get("managementToken")), login, password);
    }

    /** Configures SSO and switches SCIM on. */
    public static void enableScim(Http management) {
        Http.Reply sso = management.send(
                "PUT",
                "/account/sso",
                "{\"entraTenantId\":\"" + UUID.randomUUID() + "\",\"domain\":\"contoso.com\"}",
                JSON);
        assertEquals(200, sso.status(), sso::toString);
        Http.Reply enabled = management.send("PUT", "/account/scim", "{\"enabled\":true}", JSON);
        assertEquals(200, enabled.status(), enabled::toString);
    }

    /** A new SCIM token's client for /scim/v2 of that account. */
    public static Http scimClient(String baseUrl, Http management) {
        Http.Reply issued = management.send("POST", "/account/scim-tokens", null, null);
        assertEquals(201, issued.status(), issued::toString);
        return new Http(baseUrl + "scim/v2", (String) issued.json().get("token"));
    }

    /** A new account with SCIM on, as Entra sees it: its SCIM client. */
    public static Http newScimAccount(String baseUrl) {
        Http management = newAccount(baseUrl);
        enableScim(management);
        return scimClient(baseUrl, management);
    }
}
