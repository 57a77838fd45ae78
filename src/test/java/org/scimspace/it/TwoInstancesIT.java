package org.scimspace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scimspace.it.ScimAssertions.assertScimError;
import static org.scimspace.it.ScimAssertions.list;
import static org.scimspace.it.ScimAssertions.map;
import static org.scimspace.it.ScimAssertions.resources;
import static org.scimspace.it.ScimAssertions.totalResults;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.scimspace.common.Json;

/**
 * Two Payara Micro instances on one PostgreSQL database, as behind a load balancer: Entra's
 * requests and the administrators' land on either. Nothing may be lost or read stale, the
 * first start, each sync run and each log retention run happen once only, and console
 * sessions belong to the instance that made them (README, "Several instances"). One server
 * pair for every test, started together on an empty database as an orchestrator starts
 * replicas.
 *
 * <p>Only in the build's PostgreSQL run (failsafe execution {@code integration-test-postgresql}):
 * the embedded H2 is one process's database. The H2 execution excludes this class; the
 * condition below only keeps {@code -Dit.test=TwoInstancesIT} from starting it there.
 */
@EnabledIfSystemProperty(named = "it.database", matches = "postgresql", disabledReason = "H2 has one process")
class TwoInstancesIT {

    private static final String JSON = "application/json";
    private static final String PATCH_OP =
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[%s]}";
    private static final String ADMIN_PASSWORD = "two-instances-" + UUID.randomUUID();
    private static final String FIRST_START = "Scimspace first start: created account";
    private static final String SFTP_PASSWORD = "Pa55-w0rd-for-the-register";
    private static final String CSV_HEADER = "ID,Email,First name,Last name,Mobile\n";

    /** The log retention's interval on both instances: a run every 10 seconds instead of every hour. */
    private static final Duration RETENTION_INTERVAL = Duration.ofSeconds(10);

    private static final Pattern RETENTION_RUN =
            Pattern.compile("Provisioning log retention: removed \\d+ lines older than (\\S+Z)\\.");

    private static Path dataDir;
    private static PayaraProcess a;
    private static PayaraProcess b;

    @BeforeAll
    static void startTwoInstancesTogether() throws IOException {
        Path parent = Files.createDirectories(PayaraProcess.buildDirectory().resolve("it-data"));
        dataDir = Files.createTempDirectory(parent, "TwoInstancesIT-");
        Map<String, String> settings = Map.of(
                "scimspace.bootstrap.api.token", ItSettings.apiToken(),
                "scimspace.bootstrap.scim.token", ItSettings.scimToken(),
                "scimspace.bootstrap.admin.password", ADMIN_PASSWORD,
                "scimspace.operator.token", ItSettings.operatorToken(),
                "scimspace.log.retention.interval", RETENTION_INTERVAL.toString());
        CompletableFuture<PayaraProcess> first =
                CompletableFuture.supplyAsync(() -> PayaraProcess.start("TwoInstancesIT-a", dataDir, settings));
        CompletableFuture<PayaraProcess> second =
                CompletableFuture.supplyAsync(() -> PayaraProcess.start("TwoInstancesIT-b", dataDir, settings));
        try {
            a = first.join();
            b = second.join();
        } finally {
            if (a == null || b == null) {
                stopBoth();
            }
        }
    }

    @AfterAll
    static void stopBoth() {
        for (PayaraProcess server : new PayaraProcess[] {a, b}) {
            if (server != null) {
                server.close();
            }
        }
    }

    /**
     * Both started at once on an empty database: one migrated it and bootstrapped the account,
     * the other waited and found both done; the seeded tokens open both.
     */
    @Test
    void startedTogetherOnAnEmptyDatabaseTheFirstStartHappensOnce() {
        String logs = a.log() + b.log();
        assertEquals(1, occurrences(logs, FIRST_START), "one instance bootstraps");
        assertEquals(1, occurrences(logs, "migrations applied, starting from an empty database"), logs);
        assertNotEquals(a.baseUrl(), b.baseUrl());
        for (PayaraProcess server : List.of(a, b)) {
            Http.Reply account = management(server).get("/account");
            assertEquals(200, account.status(), account::toString);
            assertEquals("default", account.json().get("name"));
        }
        Object id = management(a).get("/account").json().get("id");
        assertNotNull(id);
        assertEquals(id, management(b).get("/account").json().get("id"));
    }

    /**
     * Entra's user and group lifecycle with every request on the other instance than the one
     * before: each instance reads what the other just wrote (no second-level cache: B has read
     * the user before A changes it), and the workspace limited to the group follows.
     */
    @Test
    void theEntraLifecycleAlternatingBetweenInstancesReadsBackEveryChange() {
        Tenants.enableScim(management(a));
        Http scimA = scim(a, ItSettings.scimToken());
        Http scimB = scim(b, ItSettings.scimToken());
        Http apiA = management(a);
        Http apiB = management(b);

        // Test Connection on B, create on A, Entra's lookup on B
        assertEquals(0, totalResults(scimB.get("/Users" + filter("userName eq \"" + UUID.randomUUID() + "\""))));
        Map<String, Object> jane = created(scimA.post("/Users", ScimUsersIT.fixture("user-create.json")));
        String janeId = (String) jane.get("id");
        List<Map<String, Object>> found =
                resources(scimB.get("/Users" + filter("userName eq \"JDOE@contoso.example\"")));
        assertEquals(1, found.size(), found::toString);
        assertEquals(janeId, found.get(0).get("id"));
        assertEquals(jane.get("emails"), found.get(0).get("emails"));
        Map<String, Object> readOnB = scimB.get("/Users/" + janeId).json();
        assertEquals(version(jane), version(readOnB));

        // update on A, read back on B (which read the user before)
        assertEquals(
                200,
                scimA.patch(
                                "/Users/" + janeId,
                                PATCH_OP.formatted(
                                        """
                                        {"op":"Replace","path":"name.familyName","value":"Roe"},
                                        {"op":"Replace","path":"emails[type eq \\"work\\"].value","value":"jroe@contoso.example"},
                                        {"op":"Replace","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department","value":"Physics"}"""))
                        .status());
        Map<String, Object> updated = scimB.get("/Users/" + janeId).json();
        assertEquals("Roe", map(updated.get("name")).get("familyName"));
        assertEquals("jroe@contoso.example", list(updated.get("emails")).get(0).get("value"));
        assertEquals(
                "Physics",
                map(updated.get("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"))
                        .get("department"));
        assertNotEquals(version(jane), version(updated));
        assertEquals(1, totalResults(scimB.get("/Users" + filter("emails.value eq \"jroe@contoso.example\""))));
        // B's old version is stale on A too
        assertScimError(
                scimA.send(
                        "PATCH",
                        "/Users/" + janeId,
                        PATCH_OP.formatted("{\"op\":\"Replace\",\"path\":\"displayName\",\"value\":\"Stale\"}"),
                        "application/scim+json",
                        "If-Match",
                        (String) version(readOnB)),
                412,
                null);

        String bobId = userId(scimB, "bob-" + UUID.randomUUID());
        String carolId = userId(scimA, "carol-" + UUID.randomUUID());

        // a group created on B, found on A as Entra looks it up; a workspace limited to it
        String objectId = UUID.randomUUID().toString();
        String groupName = "Two instances " + objectId;
        String groupId = (String) created(scimB.post(
                        "/Groups",
                        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"displayName\":\"" + groupName
                                + "\",\"externalId\":\"" + objectId + "\"}"))
                .get("id");
        List<Map<String, Object>> groups = resources(scimA.get("/Groups?excludedAttributes=members&"
                + filter("displayName eq \"" + groupName + "\"").substring(1)));
        assertEquals(List.of(groupId), groups.stream().map(g -> g.get("id")).toList());
        String workspaceId = workspace(apiB, "Two instances " + objectId);
        Http.Reply limited =
                apiA.send("PUT", "/workspaces/" + workspaceId + "/group-limits", "[\"" + objectId + "\"]", JSON);
        assertEquals(200, limited.status(), limited::toString);
        assertEquals(Set.of(), workspaceMembers(apiB, workspaceId));

        // members added on A and on B, one removed on B: both instances agree, so does the workspace
        groupPatch(scimA, groupId, add(janeId, bobId));
        assertEquals(Set.of(janeId, bobId), groupMembers(scimB, groupId));
        assertEquals(Set.of(janeId, bobId), workspaceMembers(apiB, workspaceId));
        groupPatch(scimB, groupId, add(carolId) + "," + remove(bobId));
        assertEquals(Set.of(janeId, carolId), groupMembers(scimA, groupId));
        assertEquals(Set.of(janeId, carolId), workspaceMembers(apiA, workspaceId));
        assertEquals(
                1,
                totalResults(scimA.get("/Groups?excludedAttributes=members&"
                        + filter("id eq \"" + groupId + "\" and members[value eq \"" + carolId + "\"]")
                                .substring(1))));
        assertEquals(
                0,
                totalResults(scimB.get("/Groups?excludedAttributes=members&"
                        + filter("id eq \"" + groupId + "\" and members[value eq \"" + bobId + "\"]")
                                .substring(1))));

        // rename on A, read on B
        groupPatch(
                scimA,
                groupId,
                "{\"op\":\"Replace\",\"path\":\"displayName\",\"value\":\"" + groupName + " (renamed)\"}");
        assertEquals(
                groupName + " (renamed)", scimB.get("/Groups/" + groupId).json().get("displayName"));

        // deactivate on B: still readable on A, out of the workspace seen from A
        assertEquals(
                200,
                scimB.patch(
                                "/Users/" + janeId,
                                PATCH_OP.formatted("{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"False\"}"))
                        .status());
        assertEquals(false, scimA.get("/Users/" + janeId).json().get("active"));
        assertEquals(
                1,
                totalResults(scimA.get("/Users" + filter("userName eq \"jdoe@contoso.example\" and active eq false"))));
        assertEquals(Set.of(carolId), workspaceMembers(apiA, workspaceId));

        // delete on A, gone on B; the group deleted on B, gone on A
        assertEquals(204, scimA.delete("/Users/" + carolId).status());
        assertScimError(scimB.get("/Users/" + carolId), 404, null);
        assertEquals(Set.of(janeId), groupMembers(scimB, groupId));
        assertEquals(Set.of(), workspaceMembers(apiB, workspaceId));
        assertEquals(204, scimB.delete("/Groups/" + groupId).status());
        assertScimError(scimA.get("/Groups/" + groupId), 404, null);
        assertEquals(204, scimB.delete("/Users/" + janeId).status());
        assertScimError(scimA.get("/Users/" + janeId), 404, null);
        assertEquals(Set.of(), workspaceMembers(apiA, workspaceId));

        // a token issued on A opens B; revoked on B, A refuses it at once
        Http.Reply issued = apiA.send("POST", "/account/scim-tokens", null, null);
        assertEquals(201, issued.status(), issued::toString);
        Http issuedOnB = scim(b, (String) issued.json().get("token"));
        assertEquals(200, issuedOnB.get("/Users").status());
        assertEquals(
                204,
                apiB.delete("/account/scim-tokens/" + issued.json().get("id")).status());
        assertEquals(401, scim(a, issuedOnB.token()).get("/Users").status());
    }

    /**
     * Eight clients, four on each instance, add a hundred members each to one group, one
     * member per PATCH as Entra's single changes come; then remove half of them the same way.
     * Every change is on both instances' reads and in the workspace limited to the group.
     */
    @Test
    void concurrentMemberPatchesSplitAcrossBothInstancesLoseNothing() throws Exception {
        int clientsPerInstance = 4;
        int perClient = 100;
        Http apiA = Tenants.newAccount(a.baseUrl() + "/");
        Tenants.enableScim(apiA);
        Http scimA = Tenants.scimClient(a.baseUrl() + "/", apiA);
        Http scimB = scim(b, scimA.token());
        Http apiB = management(b).withToken(apiA.token());
        List<Http> clients = new ArrayList<>();
        for (int i = 0; i < clientsPerInstance; i++) {
            clients.add(scimA);
            clients.add(scimB);
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        try {
            String objectId = UUID.randomUUID().toString();
            String groupId = (String) created(scimB.post(
                            "/Groups",
                            "{\"displayName\":\"Concurrent " + objectId + "\",\"externalId\":\"" + objectId + "\"}"))
                    .get("id");
            String workspaceId = workspace(apiA, "Concurrent " + objectId);
            assertEquals(
                    200,
                    apiB.send("PUT", "/workspaces/" + workspaceId + "/group-limits", "[\"" + objectId + "\"]", JSON)
                            .status());

            List<List<String>> users = runAll(
                    pool,
                    IntStream.range(0, clients.size())
                            .mapToObj(client -> (Callable<List<String>>) () -> IntStream.range(0, perClient)
                                    .mapToObj(i -> userId(clients.get(client), "c" + client + "-" + i + "-" + objectId))
                                    .toList())
                            .toList());
            runAll(
                    pool,
                    IntStream.range(0, clients.size())
                            .mapToObj(client -> (Callable<Void>) () -> {
                                for (String user : users.get(client)) {
                                    groupPatch(clients.get(client), groupId, add(user));
                                }
                                return null;
                            })
                            .toList());
            Set<String> all = users.stream().flatMap(List::stream).collect(Collectors.toSet());
            assertEquals(clients.size() * perClient, all.size());
            assertEquals(all, groupMembers(scimA, groupId));
            assertEquals(all, groupMembers(scimB, groupId));
            assertEquals(all, workspaceMembers(apiA, workspaceId));

            // each client removes the first half of its users through the other instance
            runAll(
                    pool,
                    IntStream.range(0, clients.size())
                            .mapToObj(client -> (Callable<Void>) () -> {
                                Http other = clients.get(client) == scimA ? scimB : scimA;
                                for (String user : users.get(client).subList(0, perClient / 2)) {
                                    groupPatch(
                                            other,
                                            groupId,
                                            "{\"op\":\"remove\",\"path\":\"members[value eq \\\"" + user + "\\\"]\"}");
                                }
                                return null;
                            })
                            .toList());
            Set<String> kept = users.stream()
                    .flatMap(mine -> mine.subList(perClient / 2, perClient).stream())
                    .collect(Collectors.toSet());
            assertEquals(kept, groupMembers(scimB, groupId));
            assertEquals(kept, groupMembers(scimA, groupId));
            assertEquals(kept, workspaceMembers(apiB, workspaceId));
            assertEquals(kept, workspaceMembers(apiA, workspaceId));
            assertEquals(
                    kept.size(),
                    ((Number) apiB.get("/workspaces/" + workspaceId).json().get("memberCount")).intValue());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Console sessions live in the memory of the instance that logged the user in (no
     * session replication: Payara Micro runs with --nocluster): the same cookie on the other
     * instance is an anonymous visit, sent to the login page, while the first instance still
     * knows it. Hence sticky sessions at the load balancer (README). What the database holds is
     * shared: the same login works on both, and failed logins count on both together.
     */
    @Test
    void consoleSessionsBelongToTheirInstanceWhileLoginsAreShared() {
        String cookie = logIn(a, "admin", ADMIN_PASSWORD);
        Http.Reply onA = visit(a, "/console/index.xhtml", cookie);
        assertEquals(200, onA.status(), onA::toString);

        Http.Reply onB = visit(b, "/console/index.xhtml", cookie);
        assertEquals(302, onB.status(), onB::toString);
        assertTrue(onB.header("Location").endsWith("/login.xhtml"), onB::toString);
        assertEquals(200, visit(a, "/console/index.xhtml", cookie).status(), "A still has the session");

        String cookieOnB = logIn(b, "admin", ADMIN_PASSWORD);
        assertEquals(200, visit(b, "/console/index.xhtml", cookieOnB).status());
        assertEquals(302, visit(a, "/console/index.xhtml", cookieOnB).status());

        // failed logins alternate between the instances (three on A, two on B): the fifth locks
        Tenants.ConsoleAccount account = Tenants.newAccountWithMainUser(a.baseUrl() + "/");
        for (int attempt = 0; attempt < 5; attempt++) {
            PayaraProcess server = attempt % 2 == 0 ? a : b;
            Http.Reply refused =
                    submitLogin(server, account.login(), "wrong-" + attempt).reply();
            assertEquals(200, refused.status(), refused::toString);
            assertTrue(
                    refused.body().contains(attempt < 4 ? "Unknown login or wrong password" : "Too many failed logins"),
                    "attempt " + attempt + ": " + refused.body());
        }
        for (PayaraProcess server : List.of(a, b)) {
            Http.Reply refused =
                    submitLogin(server, account.login(), account.password()).reply();
            assertEquals(200, refused.status(), refused::toString);
            assertTrue(refused.body().contains("Too many failed logins"), refused::toString);
        }
    }

    /**
     * Remote-source syncs run once with both instances up: a due hourly connection is started
     * by one instance's minute timer, not by both, and "sync now" asked of both at once runs
     * once (the other is told which run is in the way). The SFTP server counts the logins: one
     * per run.
     */
    @Test
    void scheduledAndRequestedSyncsRunOnceWithBothInstancesUp() throws Exception {
        Http apiA = Tenants.newAccount(a.baseUrl() + "/");
        Http apiB = management(b).withToken(apiA.token());
        String prefix = "s" + UUID.randomUUID().toString().substring(0, 8);
        try (SftpTestServer sftp = SftpTestServer.start()) {
            sftp.addPasswordUser("register", SFTP_PASSWORD);
            sftp.write(
                    prefix + "/members.csv",
                    CSV_HEADER + "1," + prefix + ".one@example.com,One,Row,\n2," + prefix
                            + ".two@example.com,Two,Row,\n");
            sftp.openDelay(Duration.ofSeconds(3));
            String source = (String) created(apiB.send("POST", "/remote-sources", sftpSource(sftp), JSON))
                    .get("id");

            String scheduled = workspace(apiA, "Scheduled " + prefix);
            connect(apiB, scheduled, source, prefix + "/members.csv", 60);
            String onDemand = workspace(apiB, "On demand " + prefix);
            connect(apiA, onDemand, source, prefix + "/members.csv", 0);

            // "sync now" on both instances at the same moment
            List<Http.Reply> replies = RemoteSourceCalls.atOnce(List.of(
                    () -> RemoteSourceCalls.syncNowReply(apiA, onDemand),
                    () -> RemoteSourceCalls.syncNowReply(apiB, onDemand)));
            List<Integer> statuses =
                    replies.stream().map(Http.Reply::status).sorted().toList();
            assertEquals(List.of(200, 409), statuses, replies::toString);
            Http.Reply ran =
                    replies.stream().filter(r -> r.status() == 200).findFirst().orElseThrow();
            Http.Reply refused =
                    replies.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
            assertEquals("SUCCEEDED", ran.json().get("outcome"), ran::toString);
            assertEquals(ran.json().get("id"), map(refused.json().get("run")).get("id"), refused::toString);
            assertEquals(List.of(ran.json().get("id")), runIds(apiA, onDemand));
            assertEquals(List.of(ran.json().get("id")), runIds(apiB, onDemand));

            // the hourly connection is due at once: the next minute's timers fire on both
            Map<String, Object> run = awaitEndedRun(apiA, apiB, scheduled);
            assertEquals("schedule", run.get("trigger"));
            assertEquals("SUCCEEDED", run.get("outcome"), run::toString);
            assertEquals(List.of(run.get("id")), runIds(apiA, scheduled));
            assertEquals(List.of(run.get("id")), runIds(apiB, scheduled));
            assertEquals(2, sftp.authAttempts(), "one login per run");
            for (String workspace : List.of(scheduled, onDemand)) {
                assertEquals(2, workspaceMembers(apiA, workspace).size(), workspace);
            }
        }
    }

    /**
     * The log retention runs once per interval, not once per instance: both instances' timers
     * fire at the same instants and one of them runs it, logging one line. Lines older than the
     * 90 days kept, written straight into the database, are removed by one run.
     */
    @Test
    void logRetentionRunsOncePerIntervalAcrossBothInstances() throws Exception {
        String prefix = "retention-" + UUID.randomUUID() + "-";
        int seeded = 3;
        Instant old = Instant.now().minus(Duration.ofDays(100));
        try (Connection db = ItDatabase.dataSource(dataDir).getConnection();
                PreparedStatement insert = db.prepareStatement(
                        "INSERT INTO provisioning_log"
                                + " (id, tenant_id, time, type, actor, operation, success)"
                                + " SELECT ?, id, ?, 'ACCOUNT', 'test', 'an old line', true FROM tenant WHERE name = 'default'")) {
            db.setAutoCommit(false);
            for (int i = 0; i < seeded; i++) {
                insert.setString(1, prefix + i);
                insert.setLong(2, ChronoUnit.MICROS.between(Instant.EPOCH, old));
                assertEquals(1, insert.executeUpdate());
            }
            db.commit();
        }
        long removedBy = System.nanoTime() + RETENTION_INTERVAL.multipliedBy(3).toNanos();
        while (linesStartingWith(prefix) > 0 && System.nanoTime() < removedBy) {
            Thread.sleep(500);
        }
        assertEquals(0, linesStartingWith(prefix), "the old lines are removed within an interval or two");

        // every run since both started: at least three by now
        long threeBy = System.nanoTime() + RETENTION_INTERVAL.multipliedBy(3).toNanos();
        while (retentionRuns().size() < 3 && System.nanoTime() < threeBy) {
            Thread.sleep(1000);
        }
        List<Instant> runs = retentionRuns();
        assertTrue(runs.size() >= 3, "runs: " + runs);
        for (int i = 1; i < runs.size(); i++) {
            Duration apart = Duration.between(runs.get(i - 1), runs.get(i));
            assertTrue(
                    apart.compareTo(RETENTION_INTERVAL.dividedBy(2)) >= 0,
                    "two runs " + apart + " apart, in one interval: " + runs);
        }
        String logs = a.log() + b.log();
        assertEquals(1, occurrences(logs, "Provisioning log retention: removed " + seeded + " lines older"), logs);
    }

    private static int linesStartingWith(String idPrefix) throws SQLException {
        try (Connection db = ItDatabase.dataSource(dataDir).getConnection();
                PreparedStatement count =
                        db.prepareStatement("SELECT count(*) FROM provisioning_log WHERE id LIKE ?")) {
            count.setString(1, idPrefix + "%");
            try (ResultSet result = count.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    /**
     * When each retention run of either instance happened, in order: its cutoff plus the 90
     * days kept.
     */
    private static List<Instant> retentionRuns() {
        List<Instant> runs = new ArrayList<>();
        Matcher line = RETENTION_RUN.matcher(a.log() + b.log());
        while (line.find()) {
            runs.add(Instant.parse(line.group(1)).plus(Duration.ofDays(90)));
        }
        runs.sort(null);
        return runs;
    }

    /** The workspace's first run once it has ended, asking each instance in turn. */
    private static Map<String, Object> awaitEndedRun(Http apiA, Http apiB, String workspace)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(100).toNanos();
        for (int ask = 0; System.nanoTime() < deadline; ask++) {
            Http api = ask % 2 == 0 ? apiA : apiB;
            List<Map<String, Object>> runs = list(api.get("/workspaces/" + workspace + "/remote-source/runs")
                    .json()
                    .get("items"));
            if (!runs.isEmpty() && !"RUNNING".equals(runs.get(runs.size() - 1).get("outcome"))) {
                // both timers fired at the same second; let a second run, were there one, show
                Thread.sleep(2000);
                return runs.get(runs.size() - 1);
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("no scheduled run within 100 seconds of connecting an hourly source");
    }

    private static List<Object> runIds(Http api, String workspace) {
        Http.Reply runs = api.get("/workspaces/" + workspace + "/remote-source/runs");
        assertEquals(200, runs.status(), runs::toString);
        return list(runs.json().get("items")).stream().map(r -> r.get("id")).toList();
    }

    private static String sftpSource(SftpTestServer sftp) {
        return Json.write(Map.of(
                "name",
                "Register " + UUID.randomUUID(),
                "host",
                "127.0.0.1",
                "port",
                sftp.port(),
                "user",
                "register",
                "password",
                SFTP_PASSWORD,
                "hostKeyFingerprint",
                SftpTestServer.HOST_FINGERPRINT));
    }

    private static void connect(Http api, String workspace, String source, String path, int minutes) {
        Http.Reply connected = api.send(
                "PUT",
                "/workspaces/" + workspace + "/remote-source",
                Json.write(Map.of("sourceId", source, "path", path, "intervalMinutes", minutes)),
                JSON);
        assertEquals(200, connected.status(), connected::toString);
    }

    // ---- the console's form login over plain HTTP, cookies kept by hand (a browser would send
    // a localhost cookie to every port)

    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Pattern HIDDEN =
            Pattern.compile("<input[^>]*type=\"hidden\"[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"");

    /** What the login form answered, and the session the form was shown in. */
    private record LoginReply(Http.Reply reply, String formSession) {}

    /** Logs in and returns the session cookie of the logged-in user. */
    private static String logIn(PayaraProcess server, String login, String password) {
        LoginReply submitted = submitLogin(server, login, password);
        Http.Reply reply = submitted.reply();
        assertEquals(302, reply.status(), reply::toString);
        assertTrue(reply.header("Location").endsWith("/console/index.xhtml"), reply::toString);
        // a new session id on login where the server changes it (session fixation)
        return session(reply).orElse(submitted.formSession());
    }

    private static LoginReply submitLogin(PayaraProcess server, String login, String password) {
        Http anonymous = new Http(server.baseUrl(), null);
        Http.Reply page = anonymous.get("/login.xhtml");
        assertEquals(200, page.status(), page::toString);
        String formSession = session(page).orElseThrow(() -> new AssertionError("no session: " + page));
        Map<String, String> form = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(page.body());
        while (hidden.find()) {
            form.put(hidden.group(1), hidden.group(2).replace("&amp;", "&"));
        }
        assertTrue(form.containsKey("jakarta.faces.ViewState"), page::toString);
        form.put("login:username", login);
        form.put("login:password", password);
        form.put("login:submit", "Log in");
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return new LoginReply(
                anonymous.send(
                        "POST",
                        "/login.xhtml",
                        body,
                        "application/x-www-form-urlencoded",
                        "Cookie",
                        "JSESSIONID=" + formSession),
                formSession);
    }

    private static Optional<String> session(Http.Reply reply) {
        return reply.headers().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("Set-Cookie"))
                .flatMap(e -> e.getValue().stream())
                .map(SESSION::matcher)
                .filter(Matcher::find)
                .map(m -> m.group(1))
                .reduce((first, last) -> last);
    }

    /** A console page requested with this session cookie only. */
    private static Http.Reply visit(PayaraProcess server, String path, String session) {
        return new Http(server.baseUrl(), null).send("GET", path, null, null, "Cookie", "JSESSIONID=" + session);
    }

    // ---- helpers

    private static Http management(PayaraProcess server) {
        return new Http(server.baseUrl() + "/api/v1", ItSettings.apiToken());
    }

    private static Http scim(PayaraProcess server, String token) {
        return new Http(server.baseUrl() + "/scim/v2", token);
    }

    private static String filter(String filter) {
        return "?filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8);
    }

    private static Map<String, Object> created(Http.Reply reply) {
        assertEquals(201, reply.status(), reply::toString);
        return reply.json();
    }

    private static String userId(Http scim, String name) {
        return (String) created(scim.post(
                        "/Users",
                        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"" + name
                                + "@contoso.example\",\"active\":true}"))
                .get("id");
    }

    private static Object version(Map<String, Object> resource) {
        return map(resource.get("meta")).get("version");
    }

    private static String add(String... userIds) {
        return "{\"op\":\"Add\",\"path\":\"members\",\"value\":["
                + IntStream.range(0, userIds.length)
                        .mapToObj(i -> "{\"$ref\":null,\"value\":\"" + userIds[i] + "\"}")
                        .collect(Collectors.joining(","))
                + "]}";
    }

    private static String remove(String userId) {
        return "{\"op\":\"Remove\",\"path\":\"members\",\"value\":[{\"value\":\"" + userId + "\"}]}";
    }

    private static void groupPatch(Http scim, String groupId, String operations) {
        Http.Reply reply = scim.patch("/Groups/" + groupId, PATCH_OP.formatted(operations));
        assertEquals(204, reply.status(), reply::toString);
    }

    private static Set<String> groupMembers(Http scim, String groupId) {
        Http.Reply reply = scim.get("/Groups/" + groupId);
        assertEquals(200, reply.status(), reply::toString);
        Object members = reply.json().get("members");
        return members == null
                ? Set.of()
                : list(members).stream().map(m -> (String) m.get("value")).collect(Collectors.toSet());
    }

    private static String workspace(Http api, String name) {
        return (String) created(api.send("POST", "/workspaces", "{\"name\":\"" + name + "\"}", JSON))
                .get("id");
    }

    /** Every member's user id, page by page. */
    private static Set<String> workspaceMembers(Http api, String workspaceId) {
        Set<String> members = new HashSet<>();
        for (int page = 1; ; page++) {
            Http.Reply reply = api.get("/workspaces/" + workspaceId + "/members?size=500&page=" + page);
            assertEquals(200, reply.status(), reply::toString);
            List<Map<String, Object>> items = list(reply.json().get("items"));
            items.forEach(member -> members.add((String) member.get("userId")));
            if (items.size() < 500) {
                return members;
            }
        }
    }

    private static <T> List<T> runAll(ExecutorService pool, List<Callable<T>> tasks) throws Exception {
        List<T> results = new ArrayList<>();
        for (Future<T> result : pool.invokeAll(tasks)) {
            results.add(result.get());
        }
        return results;
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }
}
