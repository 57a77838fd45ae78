package org.scimspace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scimspace.it.ScimAssertions.list;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
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

/** The provisioning log over real HTTP: what SCIM and the management API write, and how it is read. */
@ExtendWith(ArquillianExtension.class)
class ProvisioningLogIT {

    private static final String JSON = "application/json";
    private static final String USER =
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"]," + "\"userName\":\"%s\",\"active\":true}";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ItSettings.war();
    }

    @ArquillianResource
    URL base;

    private String managementSecret;
    private Http management;
    private String scimSecret;
    private String scimTokenId;
    private Http scim;

    /** A fresh account with SCIM on, keeping both secrets to look for them in the log. */
    @BeforeEach
    void newAccount() {
        Http operator = new Http(base + "api/v1", ItSettings.operatorToken());
        Http.Reply created = operator.send("POST", "/tenants", "{\"name\":\"acct-" + UUID.randomUUID() + "\"}", JSON);
        assertEquals(201, created.status(), created::toString);
        managementSecret = (String) created.json().get("managementToken");
        management = new Http(base + "api/v1", managementSecret);
        Tenants.enableScim(management);
        Map<String, Object> issued =
                management.send("POST", "/account/scim-tokens", null, null).json();
        scimSecret = (String) issued.get("token");
        scimTokenId = (String) issued.get("id");
        scim = new Http(base + "scim/v2", scimSecret);
    }

    @Test
    void scimWritesAndFailuresAreLinesNewestFirst() {
        String id = createUser("alice@contoso.com");
        assertEquals(
                200,
                scim.patch(
                                "/Users/" + id,
                                "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
                                        + "\"Operations\":[{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"Alice\"}]}")
                        .status());
        assertEquals(
                409, scim.post("/Users", USER.formatted("alice@contoso.com")).status());
        assertEquals(400, scim.post("/Users", "{\"userName\":42}").status());
        assertEquals(204, scim.delete("/Users/" + id).status());

        List<Map<String, Object>> lines = items(log("?type=SCIM"));

        assertEquals(
                List.of("DELETE /Users/" + id, "POST /Users", "POST /Users", "PATCH /Users/" + id, "POST /Users"),
                values(lines, "operation"));
        assertEquals(List.of(204, 400, 409, 200, 201), values(lines, "status"));
        assertEquals(List.of(true, false, false, true, true), values(lines, "success"));
        assertEquals(Arrays.asList(null, "invalidValue", "uniqueness", null, null), values(lines, "scimType"));
        assertTrue(lines.stream().allMatch(line -> ("scim-token:" + scimTokenId).equals(line.get("actor"))));
        assertEquals("User " + id, lines.get(4).get("target"));
        assertEquals(id, lines.get(4).get("userId"));
        assertEquals("User", lines.get(2).get("target"));
        assertTrue(((String) lines.get(2).get("detail")).contains("alice@contoso.com"));
    }

    @Test
    void filtersByUserTimeAndTypeAndPages() {
        String alice = createUser("alice@contoso.com");
        String bob = createUser("bob@contoso.com");
        assertEquals(204, scim.delete("/Users/" + alice).status());

        assertEquals(
                List.of("DELETE /Users/" + alice, "POST /Users"), values(items(log("?userId=" + alice)), "operation"));
        List<Map<String, Object>> scimLines = items(log("?type=scim"));
        assertEquals(3, scimLines.size());
        String bobsTime = (String) scimLines.get(1).get("time");
        assertEquals(bob, scimLines.get(1).get("userId"));
        assertEquals(
                List.of(bob),
                values(
                        items(log("?type=SCIM&from=" + encoded(bobsTime) + "&to=" + encoded(after(bobsTime)))),
                        "userId"));
        assertEquals(List.of(alice, bob), values(items(log("?type=SCIM&from=" + encoded(bobsTime))), "userId"));

        Map<String, Object> second = log("?type=SCIM&size=2&page=2");
        assertEquals(3, ((Number) second.get("total")).intValue());
        assertEquals(2, ((Number) second.get("page")).intValue());
        assertEquals(2, ((Number) second.get("size")).intValue());
        assertEquals(List.of(alice), values(items(second), "userId"));
        assertEquals(50, ((Number) log("").get("size")).intValue());
    }

    @Test
    void anotherTenantNeverSeesTheLines() {
        String alice = createUser("alice@contoso.com");
        Http other = Tenants.newAccount(base.toString());

        assertEquals(0, ((Number) other.get("/log?type=SCIM").json().get("total")).intValue());
        assertEquals(0, ((Number) other.get("/log?userId=" + alice).json().get("total")).intValue());
        assertFalse(other.get("/log").body().contains(alice));
    }

    @Test
    void noLineHoldsATokenSecret() {
        createUser("alice@contoso.com");
        // a conflict quotes the userName: here it is the token itself
        createUser(scimSecret);
        assertEquals(409, scim.post("/Users", USER.formatted(scimSecret)).status());
        assertEquals(
                401,
                scim.withToken("scim_" + "x".repeat(43))
                        .post("/Users", USER.formatted("x@y.z"))
                        .status());

        String everything = management.get("/log?size=500").body();

        assertTrue(everything.contains("uniqueness"), everything);
        assertFalse(everything.contains(scimSecret), everything);
        assertFalse(everything.contains(managementSecret), everything);
        assertFalse(everything.contains(ItSettings.operatorToken()), everything);
    }

    @Test
    void accountChangesAreLinesWithTheirActor() {
        assertEquals(
                200,
                management
                        .send("PUT", "/account/scim", "{\"enabled\":false}", JSON)
                        .status());

        List<Map<String, Object>> lines = items(log("?type=ACCOUNT"));

        assertEquals(
                List.of(
                        "disable SCIM",
                        "issue SCIM token",
                        "enable SCIM",
                        "configure SSO",
                        "issue management token",
                        "create account"),
                values(lines, "operation"));
        String apiTokenId = ((String) lines.get(4).get("target")).substring("Token ".length());
        assertEquals("operator", lines.get(4).get("actor"));
        assertEquals("operator", lines.get(5).get("actor"));
        assertTrue(
                lines.subList(0, 4).stream().allMatch(line -> ("api-token:" + apiTokenId).equals(line.get("actor"))));
        assertEquals("Token " + scimTokenId, lines.get(1).get("target"));
        assertTrue(((String) lines.get(3).get("detail")).contains("contoso.com"));
    }

    @Test
    void writesRefusedForASwitchedOffAccountAreFiledUnderIt() {
        assertEquals(
                200,
                management
                        .send("PUT", "/account/scim", "{\"enabled\":false}", JSON)
                        .status());
        assertEquals(
                401, scim.post("/Users", USER.formatted("late@contoso.com")).status());
        assertEquals(401, scim.get("/Users").status());

        List<Map<String, Object>> lines = items(log("?type=SCIM"));

        assertEquals(1, lines.size(), lines::toString);
        assertEquals("POST /Users", lines.get(0).get("operation"));
        assertEquals(List.of(401), values(lines, "status"));
        assertEquals("scim-token:" + scimTokenId, lines.get(0).get("actor"));
    }

    @Test
    void badParametersAreProblemsNamingThem() {
        for (String[] bad : new String[][] {
            {"from", "yesterday"}, {"to", "2026-13-01"}, {"type", "LOGIN"}, {"page", "0"}, {"size", "501"}
        }) {
            Http.Reply refused = management.get("/log?" + bad[0] + "=" + bad[1]);
            assertEquals(400, refused.status(), refused::toString);
            assertEquals("application/problem+json", refused.header("Content-Type"));
            assertEquals(bad[0], refused.json().get("field"), refused::toString);
        }
        assertEquals(401, new Http(base + "api/v1", null).get("/log").status());
        assertEquals(401, management.withToken(scimSecret).get("/log").status());
    }

    private String createUser(String userName) {
        Http.Reply created = scim.post("/Users", USER.formatted(userName));
        assertEquals(201, created.status(), created::toString);
        return (String) created.json().get("id");
    }

    private Map<String, Object> log(String query) {
        Http.Reply reply = management.get("/log" + query);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    private static List<Map<String, Object>> items(Map<String, Object> page) {
        return list(page.get("items"));
    }

    private static List<Object> values(List<Map<String, Object>> lines, String field) {
        return lines.stream()
                .map(line -> line.get(field) instanceof Number n ? (Object) n.intValue() : line.get(field))
                .toList();
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String after(String instant) {
        return Instant.parse(instant).plusMillis(1).toString();
    }
}
