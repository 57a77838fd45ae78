package org.scimspace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scimspace.common.RequestId;

/**
 * What operators rely on, over real HTTP on the real WAR: request ids on every response and
 * in the provisioning log, metrics per endpoint, the OpenAPI document, health, token use.
 * The server's own log, the root-context layout of {@code run.sh} and a database outage
 * need a server of their own: {@link OperationsOutageIT}.
 */
@ExtendWith(ArquillianExtension.class)
class OperationsIT {

    private static final String JSON = "application/json";
    private static final String USER =
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"%s\",\"active\":true}";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ItSettings.war();
    }

    @ArquillianResource
    URL base;

    private Http management;
    private Http scim;

    /** A fresh account with SCIM on, so that counts and log lines are this test's own. */
    @BeforeEach
    void newAccount() {
        management = Tenants.newAccount(base.toString());
        Tenants.enableScim(management);
        scim = Tenants.scimClient(base.toString(), management);
    }

    @Test
    void everyResponseCarriesItsOwnRequestId() {
        List<Http.Reply> replies = List.of(
                scim.get("/ServiceProviderConfig"),
                scim.get("/Users/" + UUID.randomUUID()),
                scim.withToken("scim_not-a-token").get("/Users"),
                scim.send("BREW", "/Users", null, null),
                management.get("/workspaces"),
                management.get("/workspaces/" + UUID.randomUUID()),
                management.withToken(null).get("/account"),
                new Http(base.toString(), null).get("/login.xhtml"),
                new Http(base.toString(), null).get("/console/index.xhtml"),
                new Http(base.toString(), null).get("/no/such/page"));

        Set<String> ids = new HashSet<>();
        for (Http.Reply reply : replies) {
            String id = reply.header(RequestId.HEADER);
            assertNotNull(id, () -> "no " + RequestId.HEADER + " on " + reply);
            assertEquals(4, UUID.fromString(id).version(), id);
            ids.add(id);
        }
        assertEquals(replies.size(), ids.size(), "each request has an id of its own");
    }

    @Test
    void aWellFormedIncomingIdIsKeptAndAnyOtherReplaced() {
        String fromBalancer = "lb-" + UUID.randomUUID() + ":1.a_b";
        assertEquals(fromBalancer, withRequestId(fromBalancer).header(RequestId.HEADER));

        for (String bad : List.of("two words", "x".repeat(65), "<script>", "semi;colon", "équipe")) {
            String answered = withRequestId(bad).header(RequestId.HEADER);
            assertNotEquals(bad, answered);
            assertTrue(RequestId.wellFormed(answered).isPresent(), answered);
        }
    }

    @Test
    void provisioningLogLinesCarryTheRequestIdAndAreFoundByIt() {
        String createId = "it-create-" + UUID.randomUUID();
        String duplicateId = "it-duplicate-" + UUID.randomUUID();
        String userName = "ops-" + UUID.randomUUID() + "@contoso.com";
        Http.Reply created = scim.send(
                "POST", "/Users", USER.formatted(userName), "application/scim+json", RequestId.HEADER, createId);
        assertEquals(201, created.status(), created::toString);
        Http.Reply duplicate = scim.send(
                "POST", "/Users", USER.formatted(userName), "application/scim+json", RequestId.HEADER, duplicateId);
        assertEquals(409, duplicate.status(), duplicate::toString);
        String workspaceId = "it-workspace-" + UUID.randomUUID();
        String workspace = (String) management
                .send("POST", "/workspaces", "{\"name\":\"Ops\"}", JSON, RequestId.HEADER, workspaceId)
                .json()
                .get("id");
        String memberId = "it-member-" + UUID.randomUUID();
        Http.Reply added = management.send(
                "POST",
                "/workspaces/" + workspace + "/members",
                "{\"userName\":\"" + userName + "\"}",
                JSON,
                RequestId.HEADER,
                memberId);
        assertEquals(201, added.status(), added::toString);

        Map<String, Object> createLine = onlyLine(createId);
        assertEquals(createId, createLine.get("requestId"));
        assertEquals("SCIM", createLine.get("type"));
        assertEquals(true, createLine.get("success"));
        Map<String, Object> duplicateLine = onlyLine(duplicateId);
        assertEquals(false, duplicateLine.get("success"));
        assertEquals(409, ((Number) duplicateLine.get("status")).intValue());
        assertEquals("WORKSPACE", onlyLine(workspaceId).get("type"));
        List<Map<String, Object>> memberLines = lines(memberId);
        assertFalse(memberLines.isEmpty());
        assertTrue(memberLines.stream().anyMatch(line -> "MEMBERSHIP".equals(line.get("type"))), memberLines::toString);
        assertTrue(memberLines.stream().allMatch(line -> memberId.equals(line.get("requestId"))));

        Http otherAccount = Tenants.newAccount(base.toString());
        assertEquals(0, ((Number) otherAccount.get(logOf(createId)).json().get("total")).intValue());
    }

    @Test
    void aMalformedRequestIdFilterIsRefusedByName() {
        Http.Reply refused = management.get("/log?requestId=a%20b");

        assertEquals(400, refused.status(), refused::toString);
        assertEquals("application/problem+json", refused.header("Content-Type"));
        assertEquals("requestId", refused.json().get("field"));
    }

    @Test
    void metricsCountRequestsPerEndpointTemplate() {
        String metrics = root("metrics").get("").body();
        double listed = count(metrics, "/api/v1/workspaces", "GET", "2xx");
        double missingWorkspaces = count(metrics, "/api/v1/workspaces/{id}", "GET", "4xx");
        double missingUsers = count(metrics, "/scim/v2/Users/{id}", "GET", "4xx");
        double searches = count(metrics, "/scim/v2/Users/.search", "POST", "2xx");
        String unknownId = UUID.randomUUID().toString();

        for (int i = 0; i < 3; i++) {
            assertEquals(200, management.get("/workspaces").status());
        }
        assertEquals(404, management.get("/workspaces/" + unknownId).status());
        assertEquals(404, management.get("/workspaces/" + UUID.randomUUID()).status());
        assertEquals(404, scim.get("/Users/" + unknownId).status());
        assertEquals(
                200,
                scim.post("/Users/.search", "{\"filter\":\"userName eq \\\"nobody\\\"\"}")
                        .status());

        String after = root("metrics").get("").body();
        assertEquals(listed + 3, count(after, "/api/v1/workspaces", "GET", "2xx"), 0.0);
        assertEquals(missingWorkspaces + 2, count(after, "/api/v1/workspaces/{id}", "GET", "4xx"), 0.0);
        assertEquals(missingUsers + 1, count(after, "/scim/v2/Users/{id}", "GET", "4xx"), 0.0);
        assertEquals(searches + 1, count(after, "/scim/v2/Users/.search", "POST", "2xx"), 0.0);
        assertFalse(after.contains(unknownId), "ids never become series of their own");
        assertTrue(
                after.contains("scimspace_requests_seconds_sum{endpoint=\"/api/v1/workspaces\""),
                "latency is recorded with the count");
    }

    @Test
    void openApiDescribesTheManagementApiWithItsBearerScheme() {
        Http.Reply document = root("openapi").send("GET", "", null, null, "Accept", JSON);

        assertEquals(200, document.status(), document::toString);
        Map<String, Object> openApi = document.json();
        @SuppressWarnings("unchecked")
        Map<String, Object> info = (Map<String, Object>) openApi.get("info");
        assertEquals("Scimspace management API", info.get("title"));
        assertEquals("1", info.get("version"));
        @SuppressWarnings("unchecked")
        Map<String, Object> paths = (Map<String, Object>) openApi.get("paths");
        assertTrue(paths.keySet().stream().anyMatch(path -> path.endsWith("/api/v1/workspaces")), paths::toString);
        assertTrue(paths.keySet().stream().anyMatch(path -> path.endsWith("/api/v1/log")), paths::toString);
        assertTrue(paths.keySet().stream().noneMatch(path -> path.contains("/scim/v2")), "SCIM is left out");
        @SuppressWarnings("unchecked")
        Map<String, Object> schemes =
                (Map<String, Object>) ((Map<String, Object>) openApi.get("components")).get("securitySchemes");
        @SuppressWarnings("unchecked")
        Map<String, Object> bearer = (Map<String, Object>) schemes.get("bearer");
        assertEquals("http", bearer.get("type"));
        assertEquals("bearer", bearer.get("scheme"));
        assertEquals(List.of(Map.of("bearer", List.of())), openApi.get("security"));
    }

    @Test
    void readinessChecksTheDatabaseAndLivenessTheThreads() {
        Http.Reply ready = root("health/ready").get("");
        Http.Reply live = root("health/live").get("");

        assertEquals(200, ready.status(), ready::toString);
        assertEquals("UP", ready.json().get("status"));
        assertEquals(
                List.of(Map.of("name", "database", "status", "UP", "data", Map.of("check", "answered"))),
                ready.json().get("checks"));
        assertEquals(200, live.status(), live::toString);
        assertTrue(live.body().contains("\"name\":\"deadlocks\",\"status\":\"UP\""), live::toString);
        assertFalse(live.body().contains("database"), "a database outage must not restart the server");
    }

    @Test
    void aTokensLastUseIsKept() {
        Http.Reply issued = management.send("POST", "/account/scim-tokens", null, null);
        String tokenId = (String) issued.json().get("id");
        Http fresh = scim.withToken((String) issued.json().get("token"));
        assertNull(token(tokenId).get("lastUsed"), "never used yet");

        Instant before = Instant.now().minusSeconds(5);
        assertEquals(200, fresh.get("/Users?count=1").status());

        Instant lastUsed = Instant.parse((String) token(tokenId).get("lastUsed"));
        assertFalse(lastUsed.isBefore(before), lastUsed + " is before " + before);
        assertFalse(lastUsed.isAfter(Instant.now().plusSeconds(5)));
    }

    @Test
    void refusedTokensAreRefusedAlikeWhateverTheirKind() {
        for (String secret : List.of("scim_" + "A".repeat(43), "mgmt_" + "A".repeat(43), "A".repeat(48))) {
            Http.Reply refused = scim.withToken(secret).get("/Users");
            assertEquals(401, refused.status(), refused::toString);
            assertNotNull(refused.header(RequestId.HEADER));
            assertFalse(refused.body().contains(secret));
        }
    }

    private Http.Reply withRequestId(String id) {
        return management.send("GET", "/account", null, null, RequestId.HEADER, id);
    }

    private Map<String, Object> token(String id) {
        List<?> tokens = (List<?>) management.get("/account/scim-tokens").json().get("items");
        return tokens.stream()
                .map(token -> (Map<?, ?>) token)
                .filter(token -> id.equals(token.get("id")))
                .map(OperationsIT::stringKeys)
                .findFirst()
                .orElseThrow(() -> new AssertionError("No token " + id + " in " + tokens));
    }

    private List<Map<String, Object>> lines(String requestId) {
        Http.Reply found = management.get(logOf(requestId));
        assertEquals(200, found.status(), found::toString);
        return ((List<?>) found.json().get("items"))
                .stream().map(item -> stringKeys((Map<?, ?>) item)).toList();
    }

    private Map<String, Object> onlyLine(String requestId) {
        List<Map<String, Object>> lines = lines(requestId);
        assertEquals(1, lines.size(), lines::toString);
        return lines.get(0);
    }

    private static String logOf(String requestId) {
        return "/log?requestId=" + requestId;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    /** Payara's own endpoints live at the server's root, whatever the application's context root. */
    private Http root(String path) {
        return new Http(URI.create(base.toString()).resolve("/" + path).toString(), null);
    }

    /** The count of one series of the request timer in Prometheus text, 0 when it does not exist yet. */
    static double count(String metrics, String endpoint, String method, String status) {
        Matcher line = Pattern.compile("^scimspace_requests_seconds_count\\{(.*)} (\\S+)$", Pattern.MULTILINE)
                .matcher(metrics);
        while (line.find()) {
            String labels = line.group(1);
            if (labels.contains("endpoint=\"" + endpoint + "\"")
                    && labels.contains("method=\"" + method + "\"")
                    && labels.contains("status=\"" + status + "\"")) {
                return Double.parseDouble(line.group(2));
            }
        }
        return 0;
    }
}
