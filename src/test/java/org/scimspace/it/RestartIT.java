package org.scimspace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * What Entra and the administrator set up lives in the database, not in the server: it
 * must survive a restart, graceful or kill -9, and a restart must not bootstrap again.
 * Each test starts its own servers on a fresh data directory.
 */
class RestartIT {

    private static final String JSON = "application/json";
    private static final String GUID = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private static final String SSO = "{\"entraTenantId\":\"" + GUID + "\",\"domain\":\"contoso.com\"}";
    private static final String USER_NAME = "restart@contoso.example";
    private static final String USER =
            """
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"restart@contoso.example",
             "externalId":"restart","active":true,"displayName":"Re Start",
             "emails":[{"type":"work","value":"restart@contoso.example","primary":true}]}""";
    private static final String FIRST_START = "Scimspace first start";

    private Path dataDir;
    private String testName;

    @BeforeEach
    void freshDatabase(TestInfo test) throws IOException {
        testName = "RestartIT." + test.getTestMethod().orElseThrow().getName();
        Path parent = Files.createDirectories(PayaraProcess.buildDirectory().resolve("it-data"));
        dataDir = Files.createTempDirectory(parent, testName + "-");
    }

    @Test
    void accountTokensAndUsersSurviveAGracefulRestart() {
        String issuedToken;
        String revokedToken;
        Map<String, Object> created;
        try (PayaraProcess server = start(
                "1",
                Map.of(
                        "scimspace.bootstrap.api.token", ItSettings.apiToken(),
                        "scimspace.bootstrap.scim.token", ItSettings.scimToken()))) {
            Http api = management(server);
            enableScim(api);
            issuedToken = (String) issueToken(api).get("token");
            Map<String, Object> revoked = issueToken(api);
            revokedToken = (String) revoked.get("token");
            assertEquals(
                    204, api.delete("/account/scim-tokens/" + revoked.get("id")).status());
            created = createUser(scim(server, ItSettings.scimToken()));
            assertTrue(server.log().contains(FIRST_START + ": log in"), "the first start bootstraps");
            server.stop();
        }

        try (PayaraProcess server = start("2", Map.of("scimspace.bootstrap.api.token", ItSettings.apiToken()))) {
            Http users = scim(server, issuedToken);
            Http.Reply read = users.get("/Users/" + created.get("id"));
            assertEquals(200, read.status(), read::toString);
            Map<String, Object> user = read.json();
            assertEquals(USER_NAME, user.get("userName"));
            assertEquals(created.get("emails"), user.get("emails"));
            assertEquals(version(created), version(user));

            Http.Reply found = users.get("/Users?filter=userName%20eq%20%22RESTART@contoso.example%22");
            assertEquals(200, found.status(), found::toString);
            assertEquals(1, ((Number) found.json().get("totalResults")).intValue(), found::toString);

            Map<String, Object> account = management(server).get("/account").json();
            assertEquals("default", account.get("name"));
            assertEquals(true, account.get("scimEnabled"));
            assertEquals(Map.of("entraTenantId", GUID, "domain", "contoso.com"), account.get("sso"));

            assertEquals(401, scim(server, revokedToken).get("/Users").status());
            assertFalse(server.log().contains(FIRST_START), "a restart must not bootstrap again");
        }
    }

    @Test
    void anAcknowledgedUserSurvivesKill9() {
        Map<String, String> bootstrap = Map.of(
                "scimspace.bootstrap.api.token", ItSettings.apiToken(),
                "scimspace.bootstrap.scim.token", ItSettings.scimToken());
        Map<String, Object> created;
        try (PayaraProcess server = start("1", bootstrap)) {
            enableScim(management(server));
            created = createUser(scim(server, ItSettings.scimToken()));
            server.kill();
        }

        try (PayaraProcess server = start("2", bootstrap)) {
            Http.Reply read = scim(server, ItSettings.scimToken()).get("/Users/" + created.get("id"));
            assertEquals(200, read.status(), read::toString);
            assertEquals(USER_NAME, read.json().get("userName"));
        }
    }

    private PayaraProcess start(String run, Map<String, String> settings) {
        return PayaraProcess.start(testName + "-" + run, dataDir, settings);
    }

    private static Http management(PayaraProcess server) {
        return new Http(server.baseUrl() + "/api/v1", ItSettings.apiToken());
    }

    private static Http scim(PayaraProcess server, String token) {
        return new Http(server.baseUrl() + "/scim/v2", token);
    }

    private static void enableScim(Http api) {
        Http.Reply sso = api.send("PUT", "/account/sso", SSO, JSON);
        assertEquals(200, sso.status(), sso::toString);
        Http.Reply scim = api.send("PUT", "/account/scim", "{\"enabled\":true}", JSON);
        assertEquals(200, scim.status(), scim::toString);
    }

    private static Map<String, Object> issueToken(Http api) {
        Http.Reply issued = api.send("POST", "/account/scim-tokens", null, null);
        assertEquals(201, issued.status(), issued::toString);
        return issued.json();
    }

    private static Map<String, Object> createUser(Http scim) {
        Http.Reply created = scim.post("/Users", USER);
        assertEquals(201, created.status(), created::toString);
        return created.json();
    }

    private static Object version(Map<String, Object> user) {
        return ((Map<?, ?>) user.get("meta")).get("version");
    }
}
