package org.scimspace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The management API over real HTTP: accounts, SSO, the SCIM switch, tokens, operator. */
@ExtendWith(ArquillianExtension.class)
class ManagementApiIT {

    private static final String JSON = "application/json";
    private static final String GUID = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ItSettings.war();
    }

    @ArquillianResource
    URL base;

    private Http operator;

    @BeforeEach
    void setUp() {
        operator = new Http(base + "api/v1", ItSettings.operatorToken());
    }

    /** A fresh account of its own for each test, so no test depends on another. */
    private Http newTenant() {
        Http.Reply created = operator.send("POST", "/tenants", "{\"name\":\"acct-" + UUID.randomUUID() + "\"}", JSON);
        assertEquals(201, created.status(), created::toString);
        return new Http(base + "api/v1", (String) created.json().get("managementToken"));
    }

    @Test
    void bootstrapTokenOpensTheDefaultAccount() {
        Http.Reply account = new Http(base + "api/v1", ItSettings.apiToken()).get("/account");
        assertEquals(200, account.status(), account::toString);
        assertEquals("default", account.json().get("name"));
        assertTrue(account.json().get("id") instanceof String id && !id.isBlank(), account::toString);
    }

    @Test
    void newAccountStartsWithScimOffAndNoSso() {
        Map<String, Object> account = newTenant().get("/account").json();
        assertEquals(false, account.get("scimEnabled"));
        assertTrue(account.containsKey("sso"));
        assertNull(account.get("sso"));
    }

    @Test
    void scimCannotBeEnabledWithoutSso() {
        Http api = newTenant();
        Http.Reply refused = api.send("PUT", "/account/scim", "{\"enabled\":true}", JSON);
        assertEquals(409, refused.status());
        assertEquals("application/problem+json", refused.header("Content-Type"));
        assertTrue(((String) refused.json().get("detail")).contains("Single Sign-On"));
        assertEquals(false, api.get("/account").json().get("scimEnabled"));
    }

    @Test
    void ssoThenScimEnabledAndDisabled() {
        Http api = newTenant();
        Http.Reply sso = api.send(
                "PUT",
                "/account/sso",
                "{\"entraTenantId\":\"" + GUID.toUpperCase() + "\",\"domain\":\"Contoso.com\"}",
                JSON);
        assertEquals(200, sso.status(), sso::toString);
        assertEquals(
                Map.of("entraTenantId", GUID, "domain", "contoso.com"),
                sso.json().get("sso"));
        assertEquals(
                true,
                api.send("PUT", "/account/scim", "{\"enabled\":true}", JSON)
                        .json()
                        .get("scimEnabled"));
        assertEquals(
                false,
                api.send("PUT", "/account/scim", "{\"enabled\":false}", JSON)
                        .json()
                        .get("scimEnabled"));
    }

    @Test
    void invalidSsoIsRefusedNamingTheFieldAndChangesNothing() {
        Http api = newTenant();
        Http.Reply badGuid = api.send("PUT", "/account/sso", "{\"entraTenantId\":\"not-a-guid\"}", JSON);
        assertEquals(400, badGuid.status());
        assertEquals("entraTenantId", badGuid.json().get("field"));
        Http.Reply badDomain = api.send(
                "PUT", "/account/sso", "{\"entraTenantId\":\"" + GUID + "\",\"domain\":\"not a domain\"}", JSON);
        assertEquals(400, badDomain.status());
        assertEquals("domain", badDomain.json().get("field"));
        assertEquals(
                400,
                api.send("PUT", "/account/sso", "{\"entraTenantId\": 5}", JSON).status());
        assertEquals(400, api.send("PUT", "/account/sso", "{nope", JSON).status());
        assertEquals(
                400,
                api.send("PUT", "/account/scim", "{\"enabled\":\"yes\"}", JSON).status());
        assertNull(api.get("/account").json().get("sso"));
    }

    @Test
    void scimTokensAreShownOnceListedWithoutSecretsAndRevocable() {
        Http api = newTenant();
        Http.Reply issued = api.send("POST", "/account/scim-tokens", null, null);
        assertEquals(201, issued.status(), issued::toString);
        assertEquals("no-store", issued.header("Cache-Control"));
        String id = (String) issued.json().get("id");
        String secret = (String) issued.json().get("token");
        assertTrue(secret.startsWith("scim_") && secret.length() >= 45, secret);

        Http.Reply listed = api.get("/account/scim-tokens");
        assertFalse(listed.body().contains(secret));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items =
                (List<Map<String, Object>>) listed.json().get("items");
        assertEquals(1, items.size());
        assertEquals(id, items.get(0).get("id"));
        assertTrue(items.get(0).containsKey("created"));

        assertEquals(204, api.delete("/account/scim-tokens/" + id).status());
        assertEquals(404, api.delete("/account/scim-tokens/" + id).status());
        assertTrue(((List<?>) api.get("/account/scim-tokens").json().get("items")).isEmpty());
    }

    @Test
    void anotherAccountsTokenCannotBeRevoked() {
        Http first = newTenant();
        Http second = newTenant();
        String id = (String)
                first.send("POST", "/account/scim-tokens", null, null).json().get("id");
        assertEquals(404, second.delete("/account/scim-tokens/" + id).status());
        assertEquals(1, ((List<?>) first.get("/account/scim-tokens").json().get("items")).size());
    }

    @Test
    void missingWrongOrForeignKindTokensAre401() {
        Http.Reply none = new Http(base + "api/v1", null).get("/account");
        assertEquals(401, none.status());
        assertEquals("application/problem+json", none.header("Content-Type"));
        assertTrue(none.header("WWW-Authenticate").startsWith("Bearer"));
        assertEquals(
                401, new Http(base + "api/v1", "mgmt_wrong").get("/account").status());
        assertEquals(
                401,
                new Http(base + "api/v1", ItSettings.scimToken())
                        .get("/account")
                        .status());
        assertEquals(
                401,
                new Http(base + "api/v1", ItSettings.apiToken()).get("/tenants").status());
    }

    @Test
    void operatorCreatesAccountsWithUniqueNames() {
        String name = "acct-" + UUID.randomUUID();
        assertEquals(
                201,
                operator.send("POST", "/tenants", "{\"name\":\"" + name + "\"}", JSON)
                        .status());
        assertEquals(
                409,
                operator.send("POST", "/tenants", "{\"name\":\"" + name + "\"}", JSON)
                        .status());
        assertEquals(400, operator.send("POST", "/tenants", "{}", JSON).status());
        Http.Reply list = operator.get("/tenants");
        assertTrue(list.body().contains(name));
        assertNotEquals(-1, list.body().indexOf("\"default\""));
    }
}
