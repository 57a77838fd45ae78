package org.scimspace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scimspace.it.ScimAssertions.assertScimError;
import static org.scimspace.it.ScimAssertions.list;
import static org.scimspace.it.ScimAssertions.map;
import static org.scimspace.it.ScimAssertions.resources;
import static org.scimspace.it.ScimAssertions.totalResults;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The same WAR on WildFly (Hibernate, RESTEasy, Undertow, Elytron instead of Payara's
 * EclipseLink, Jersey, Grizzly): the Entra user and group lifecycle, one workspace rule, a
 * remote source's sync over SFTP, the console's login. Run by the build's failsafe executions
 * for WildFly only (the tag keeps it out of the Payara runs), on H2 and, in the PostgreSQL
 * run, on PostgreSQL; the server is configured by the operator's CLI scripts.
 */
@Tag("wildfly")
class WildFlySmokeIT {

    private static final String JSON = "application/json";
    private static final String ADMIN_PASSWORD = "wildfly-smoke-admin-password-0001";
    private static final String PATCH_OP =
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[%s]}";
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

    private static WildFlyProcess server;

    @BeforeAll
    static void startWildFly() {
        Path data = PayaraProcess.buildDirectory()
                .resolve("it-data-wildfly")
                .resolve(UUID.randomUUID().toString());
        server = WildFlyProcess.start(
                "wildfly-smoke",
                data,
                Map.of(
                        "scimspace.bootstrap.admin.password",
                        ADMIN_PASSWORD,
                        "scimspace.operator.token",
                        ItSettings.operatorToken(),
                        "scimspace.secret.key",
                        ItSettings.secretKey()));
    }

    @AfterAll
    static void stopWildFly() {
        if (server != null) {
            server.close();
        }
    }

    private static String base() {
        return server.baseUrl() + "/";
    }

    private static String fixture(String name) {
        try (InputStream in = WildFlySmokeIT.class.getResourceAsStream("/entra/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String filter(String filter) {
        return "?filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8);
    }

    private static String user(Http scim, String name) {
        Http.Reply created = scim.post(
                "/Users",
                "{\"userName\":\"" + name + "@contoso.example\",\"displayName\":\"" + name + "\",\"active\":true}");
        assertEquals(201, created.status(), created::toString);
        return (String) created.json().get("id");
    }

    private static String members(String... userIds) {
        return List.of(userIds).stream()
                .map(id -> "{\"value\":\"" + id + "\"}")
                .collect(Collectors.joining(",", "[", "]"));
    }

    @Test
    void entraUserLifecycle() {
        Http scim = Tenants.newScimAccount(base());
        Http.Reply created = scim.post("/Users", fixture("user-create.json"));
        assertEquals(201, created.status(), created::toString);
        String id = (String) created.json().get("id");
        assertEquals(base() + "scim/v2/Users/" + id, created.header("Location"));

        // Entra's matching query, then queries on the searchable values and times
        Http.Reply found = scim.get("/Users" + filter("userName eq \"JDOE@contoso.example\""));
        assertEquals(1, totalResults(found), found::toString);
        assertEquals(id, resources(found).get(0).get("id"));
        String before = Instant.parse((String) map(created.json().get("meta")).get("created"))
                .minusSeconds(1)
                .toString();
        Http.Reply byValues = scim.get("/Users"
                + filter("emails[type eq \"work\" and value co \"contoso\"] and meta.created gt \"" + before + "\"")
                + "&sortBy=title&sortOrder=descending");
        assertEquals(1, totalResults(byValues), byValues::toString);

        Http.Reply renamed = scim.patch("/Users/" + id, fixture("patch-replace-familyname.json"));
        assertEquals(200, renamed.status(), renamed::toString);
        assertEquals(1, totalResults(scim.get("/Users" + filter("name.familyName eq \"smith\""))));
        Http.Reply disabled = scim.patch("/Users/" + id, fixture("patch-disable-string.json"));
        assertEquals(200, disabled.status(), disabled::toString);
        assertEquals(false, disabled.json().get("active"));
        Http.Reply inactive = scim.get("/Users" + filter("active eq false"));
        assertEquals(1, totalResults(inactive), inactive::toString);

        assertEquals(204, scim.delete("/Users/" + id).status());
        assertScimError(scim.get("/Users/" + id), 404, null);
        assertScimError(scim.delete("/Users/" + id), 404, null);
    }

    @Test
    void entraGroupLifecycle() {
        Http scim = Tenants.newScimAccount(base());
        String ann = user(scim, "ann");
        String ben = user(scim, "ben");
        Http.Reply created = scim.post("/Groups", fixture("group-create.json"));
        assertEquals(201, created.status(), created::toString);
        String group = (String) created.json().get("id");

        Http.Reply added = scim.patch(
                "/Groups/" + group,
                PATCH_OP.formatted("{\"op\":\"Add\",\"path\":\"members\",\"value\":" + members(ann, ben) + "}"));
        assertEquals(204, added.status(), added::toString);
        Http.Reply read = scim.get("/Groups/" + group);
        assertEquals(2, list(read.json().get("members")).size(), read::toString);
        Http.Reply ofAnn = scim.get("/Groups" + filter("members[value eq \"" + ann + "\"]"));
        assertEquals(1, totalResults(ofAnn), ofAnn::toString);

        Http.Reply removed = scim.patch(
                "/Groups/" + group,
                PATCH_OP.formatted("{\"op\":\"Remove\",\"path\":\"members[value eq \\\"" + ann + "\\\"]\"}"));
        assertEquals(204, removed.status(), removed::toString);
        Http.Reply renamed = scim.patch("/Groups/" + group, fixture("patch-group-rename.json"));
        assertEquals(204, renamed.status(), renamed::toString);
        read = scim.get("/Groups/" + group);
        assertEquals(
                List.of(ben),
                list(read.json().get("members")).stream()
                        .map(m -> m.get("value"))
                        .toList(),
                read::toString);
        assertEquals("Research & Development", read.json().get("displayName"), read::toString);
        Http.Reply ofUser = scim.get("/Users/" + ben);
        assertEquals(group, list(ofUser.json().get("groups")).get(0).get("value"), ofUser::toString);

        assertEquals(204, scim.delete("/Groups/" + group).status());
        assertScimError(scim.get("/Groups/" + group), 404, null);
        assertEquals(0, totalResults(scim.get("/Groups" + filter("displayName pr"))));
    }

    /** PRODUCT.md rule 3: a connected workspace's members are the active members of its groups. */
    @Test
    void connectedWorkspaceFollowsItsGroup() {
        Http api = Tenants.newAccount(base());
        Tenants.enableScim(api);
        Http scim = Tenants.scimClient(base(), api);
        String cara = user(scim, "cara");
        String dan = user(scim, "dan");
        String objectId = UUID.randomUUID().toString();
        Http.Reply group = scim.post(
                "/Groups",
                "{\"displayName\":\"Design\",\"externalId\":\"" + objectId + "\",\"members\":" + members(cara, dan)
                        + "}");
        assertEquals(201, group.status(), group::toString);

        Http.Reply workspace = api.send("POST", "/workspaces", "{\"name\":\"Design room\"}", JSON);
        assertEquals(201, workspace.status(), workspace::toString);
        String workspaceId = (String) workspace.json().get("id");
        Http.Reply limited =
                api.send("PUT", "/workspaces/" + workspaceId + "/group-limits", "[\"" + objectId + "\"]", JSON);
        assertEquals(200, limited.status(), limited::toString);
        assertEquals(Stream.of(cara, dan).sorted().toList(), memberIds(api, workspaceId));

        Http.Reply deactivated = scim.patch("/Users/" + dan, fixture("patch-disable-string.json"));
        assertEquals(200, deactivated.status(), deactivated::toString);
        assertEquals(List.of(cara), memberIds(api, workspaceId));
        Http.Reply removed = scim.patch(
                "/Groups/" + group.json().get("id"),
                PATCH_OP.formatted("{\"op\":\"Remove\",\"path\":\"members\",\"value\":" + members(cara) + "}"));
        assertEquals(204, removed.status(), removed::toString);
        assertEquals(List.of(), memberIds(api, workspaceId));

        // profile fields: new entities defined before they are persisted (Hibernate inserts
        // the state at persist, EclipseLink at the flush)
        Http.Reply fields = api.send(
                "PUT",
                "/workspaces/" + workspaceId + "/profile-fields",
                "{\"profileFields\":[{\"name\":\"Company\",\"type\":\"text\"}]}",
                JSON);
        assertEquals(200, fields.status(), fields::toString);
        assertEquals("Company", list(fields.json().get("profileFields")).get(0).get("name"));
    }

    /**
     * A remote source's file over real SFTP (a server in this JVM), as the management API's
     * "sync now" runs it: the connection's lease, the members' and remote users' native
     * inserts and the profile values, on Hibernate.
     */
    @Test
    void remoteSourceSyncCreatesChangesAndRemoves() {
        String password = "wildfly-smoke-sftp-password-0001";
        String header = "ID,Email,First name,Last name,Mobile,Company,Interests\n";
        try (SftpTestServer sftp = SftpTestServer.start()) {
            sftp.addPasswordUser("register", password);
            sftp.write(
                    "exports/members.csv",
                    header + "1,ada@fabrikam.example,Ada,Lovelace,,Analytical Engines,\"Music\nPoetry\"\n"
                            + "2,alan@fabrikam.example,Alan,Turing,+41 79 000 00 00,Bletchley,Chess\n"
                            + "3,grace@fabrikam.example,Grace,Hopper,,Navy,\n");
            Http api = Tenants.newAccount(base());
            Http.Reply workspace = api.send("POST", "/workspaces", "{\"name\":\"Register\"}", JSON);
            assertEquals(201, workspace.status(), workspace::toString);
            String workspaceId = (String) workspace.json().get("id");
            Http.Reply fields = api.send(
                    "PUT",
                    "/workspaces/" + workspaceId + "/profile-fields",
                    "{\"profileFields\":[{\"name\":\"Company\",\"type\":\"text\"},{\"name\":\"Interests\","
                            + "\"type\":\"choice\",\"allowedValues\":[\"Music\",\"Poetry\",\"Chess\"]}]}",
                    JSON);
            assertEquals(200, fields.status(), fields::toString);
            String source = RemoteSourceCalls.sourceId(
                    api, RemoteSourceCalls.passwordSource("Register", sftp.port(), "register", password));
            RemoteSourceCalls.connect(api, workspaceId, source, "exports/members.csv", 0);

            Map<String, Object> first = RemoteSourceCalls.syncNow(api, workspaceId, false);
            assertEquals("SUCCEEDED", first.get("outcome"), first::toString);
            assertEquals(List.of(3, 0, 0, 0), RemoteSourceCalls.counts(first), first::toString);
            Map<String, String> members = memberUserIds(api, workspaceId);
            assertEquals(
                    List.of("ada@fabrikam.example", "alan@fabrikam.example", "grace@fabrikam.example"),
                    List.copyOf(members.keySet()));
            assertEquals(
                    Map.of("Company", List.of("Analytical Engines"), "Interests", List.of("Music", "Poetry")),
                    profile(api, workspaceId, members.get("ada@fabrikam.example")));

            // Ada changes, Alan stays, Grace leaves, Katherine joins
            sftp.write(
                    "exports/members.csv",
                    header + "1,ada@fabrikam.example,Ada,King,,Lovelace & Co,Poetry\n"
                            + "2,alan@fabrikam.example,Alan,Turing,+41 79 000 00 00,Bletchley,Chess\n"
                            + "4,katherine@fabrikam.example,Katherine,Johnson,,NASA,\n");
            Map<String, Object> second = RemoteSourceCalls.syncNow(api, workspaceId, false);
            assertEquals("SUCCEEDED", second.get("outcome"), second::toString);
            assertEquals(List.of(1, 1, 1, 1), RemoteSourceCalls.counts(second), second::toString);
            members = memberUserIds(api, workspaceId);
            assertEquals(
                    List.of("ada@fabrikam.example", "alan@fabrikam.example", "katherine@fabrikam.example"),
                    List.copyOf(members.keySet()));
            assertEquals(
                    Map.of("Company", List.of("Lovelace & Co"), "Interests", List.of("Poetry")),
                    profile(api, workspaceId, members.get("ada@fabrikam.example")));

            Http.Reply connection = api.get("/workspaces/" + workspaceId + "/remote-source");
            assertEquals(false, connection.json().get("running"), connection::toString);
            assertEquals(
                    second.get("id"), map(connection.json().get("latestRun")).get("id"), connection::toString);
        }
    }

    /** The members' user ids by user name, in user name order. */
    private static Map<String, String> memberUserIds(Http api, String workspaceId) {
        Http.Reply members = api.get("/workspaces/" + workspaceId + "/members");
        assertEquals(200, members.status(), members::toString);
        return list(members.json().get("items")).stream()
                .collect(Collectors.toMap(
                        m -> (String) m.get("userName"), m -> (String) m.get("userId"), (a, b) -> a, TreeMap::new));
    }

    private static Map<String, Object> profile(Http api, String workspaceId, String userId) {
        Http.Reply member = api.get("/workspaces/" + workspaceId + "/members/" + userId);
        assertEquals(200, member.status(), member::toString);
        assertEquals(true, member.json().get("synced"), member::toString);
        return map(member.json().get("profile"));
    }

    private static List<String> memberIds(Http api, String workspaceId) {
        Http.Reply members = api.get("/workspaces/" + workspaceId + "/members");
        assertEquals(200, members.status(), members::toString);
        return list(members.json().get("items")).stream()
                .map(m -> (String) m.get("userId"))
                .sorted()
                .toList();
    }

    /**
     * What scimspace.cli adds to standalone.xml: MicroProfile Health (on WildFly's management
     * interface) with the application's checks, and the management API's OpenAPI document.
     */
    @Test
    void healthAndOpenApi() {
        Http.Reply ready = new Http(server.managementUrl(), null).get("/health/ready");
        assertEquals(200, ready.status(), ready::toString);
        assertTrue(ready.body().contains("{\"name\":\"database\",\"status\":\"UP\""), ready::toString);
        Http.Reply live = new Http(server.managementUrl(), null).get("/health/live");
        assertEquals(200, live.status(), live::toString);
        assertTrue(live.body().contains("{\"name\":\"deadlocks\",\"status\":\"UP\""), live::toString);

        Http.Reply openApi = new Http(server.baseUrl(), null).send("GET", "/openapi", null, null, "Accept", JSON);
        assertEquals(200, openApi.status(), openApi::toString);
        assertEquals("Scimspace management API", map(openApi.json().get("info")).get("title"));
        assertTrue(
                map(openApi.json().get("paths")).keySet().stream().noneMatch(p -> p.contains("/scim/v2")),
                openApi::toString);
    }

    /**
     * The application reaches H2's store behind WildFly's pool (the driver is a server module
     * the application cannot see) to compact the file; on PostgreSQL it leaves compaction alone.
     */
    @Test
    void embeddedH2IsCompacted() throws InterruptedException {
        String started = "Embedded H2 database: compacting its file";
        if (!ItDatabase.postgres()) {
            for (int waited = 0; waited < 100 && !server.log().contains(started); waited++) {
                Thread.sleep(100);
            }
            assertTrue(server.log().contains(started), server::log);
        }
        assertFalse(server.log().contains("Could not compact the embedded H2 database"), server::log);
    }

    /**
     * The login page renders; the console sends a stranger there (not to WildFly's management
     * console); the bootstrap admin logs in through the application's identity store.
     */
    @Test
    void consoleLogin() throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        HttpResponse<String> stranger = browser.send(get("console/index.xhtml"), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, stranger.statusCode());
        assertEquals(
                base() + "login.xhtml",
                stranger.headers().firstValue("Location").orElseThrow());

        HttpResponse<String> login = browser.send(get("login.xhtml"), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, login.statusCode());
        assertTrue(login.body().contains("<title>Log in · Scimspace</title>"), login::body);
        Matcher viewState = VIEW_STATE.matcher(login.body());
        assertTrue(viewState.find(), login::body);

        String form = Map.of(
                        "login", "login",
                        "login:username", "admin",
                        "login:password", ADMIN_PASSWORD,
                        "login:submit", "Log in",
                        "jakarta.faces.ViewState", viewState.group(1))
                .entrySet()
                .stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> submitted = browser.send(
                HttpRequest.newBuilder(URI.create(base() + "login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, submitted.statusCode(), submitted::body);
        assertEquals(
                base() + "console/index.xhtml",
                submitted.headers().firstValue("Location").orElseThrow());

        HttpResponse<String> welcome = browser.send(get("console/index.xhtml"), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, welcome.statusCode(), welcome::body);
        assertTrue(welcome.body().contains("<title>Welcome · Scimspace</title>"), welcome::body);
    }

    private static HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(base() + path)).GET().build();
    }
}
