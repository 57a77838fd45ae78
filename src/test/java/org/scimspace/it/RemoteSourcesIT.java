package org.scimspace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scimspace.common.Json;

/**
 * Remote sources end to end (issue 7): the management API of sources, connections and runs,
 * against a real SFTP server (Apache MINA SSHD) on a random loopback port of this JVM, which
 * the server under test reaches like any customer's server.
 */
@ExtendWith(ArquillianExtension.class)
class RemoteSourcesIT {

    private static final String JSON = "application/json";
    private static final String PASSWORD = "Pa55-w0rd-for-the-register";
    private static final String HEADER = "ID,Email,First name,Last name,Mobile\n";

    private static SftpTestServer sftp;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ItSettings.war();
    }

    @ArquillianResource
    URL base;

    private Http api;
    private String prefix;

    @BeforeAll
    static void startSftp() {
        sftp = SftpTestServer.start();
        sftp.addPasswordUser("register", PASSWORD);
        sftp.addKeyUser("keyed", "client-ed25519.pub");
        sftp.addKeyUser("locked", "client-ed25519-encrypted.pub");
    }

    @AfterAll
    static void stopSftp() {
        sftp.close();
    }

    @BeforeEach
    void newAccount() {
        api = Tenants.newAccount(base.toString());
        prefix = "t" + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void noDelay() {
        sftp.openDelay(Duration.ZERO);
    }

    // ---- sources

    @Test
    void sourcesAreCreatedListedChangedAndDeletedWithoutEverShowingASecret() {
        Http.Reply created = api.send("POST", "/remote-sources", Json.write(passwordSource("Register")), JSON);
        assertEquals(201, created.status(), created::toString);
        Map<String, Object> source = created.json();
        String id = (String) source.get("id");
        assertEquals("Register", source.get("name"));
        assertEquals("127.0.0.1", source.get("host"));
        assertEquals(sftp.port(), ((Number) source.get("port")).intValue());
        assertEquals("register", source.get("user"));
        assertEquals(SftpTestServer.HOST_FINGERPRINT, source.get("hostKeyFingerprint"));
        assertEquals(true, source.get("hasPassword"));
        assertEquals(false, source.get("hasPrivateKey"));
        assertNoSecret(created.body());
        assertTrue(created.header("Location").endsWith("/remote-sources/" + id), created.header("Location"));

        Http.Reply listed = api.get("/remote-sources");
        assertEquals(200, listed.status(), listed::toString);
        assertEquals(1, ((Number) listed.json().get("total")).intValue());
        assertNoSecret(listed.body());
        assertNoSecret(api.get("/remote-sources/" + id).body());

        // PUT replaces the description and keeps the password it does not name.
        Map<String, Object> change = new LinkedHashMap<>(passwordSource("Register renamed"));
        change.remove("password");
        change.put("port", sftp.port());
        Http.Reply updated = api.send("PUT", "/remote-sources/" + id, Json.write(change), JSON);
        assertEquals(200, updated.status(), updated::toString);
        assertEquals("Register renamed", updated.json().get("name"));
        assertEquals(true, updated.json().get("hasPassword"));
        assertEquals(true, test(id).get("authenticated"), "the kept password still opens the server");

        // A key added, the password removed ("" removes a secret).
        change.put("password", "");
        change.put("privateKey", SftpTestServer.fixture("client-ed25519"));
        change.put("user", "keyed");
        Http.Reply keyed = api.send("PUT", "/remote-sources/" + id, Json.write(change), JSON);
        assertEquals(200, keyed.status(), keyed::toString);
        assertEquals(false, keyed.json().get("hasPassword"));
        assertEquals(true, keyed.json().get("hasPrivateKey"));
        assertFalse(keyed.body().contains("OPENSSH"), keyed.body());
        assertEquals(true, test(id).get("authenticated"));

        Http.Reply log = api.get("/log?type=ACCOUNT&size=500");
        assertEquals(200, log.status(), log::toString);
        assertTrue(log.body().contains("create remote source"), log.body());
        assertNoSecret(log.body());
        assertFalse(log.body().contains("OPENSSH"), log.body());

        assertEquals(204, api.delete("/remote-sources/" + id).status());
        assertEquals(404, api.get("/remote-sources/" + id).status());
    }

    @Test
    void badSourcesAreProblemsNamingTheFieldAndChangeNothing() {
        assertProblem(400, "name", create(with(passwordSource(" "), "name", " ")));
        assertProblem(400, "host", create(with(passwordSource("A"), "host", "sftp example.com")));
        assertProblem(400, "port", create(with(passwordSource("A"), "port", 70000)));
        assertProblem(400, "user", create(with(passwordSource("A"), "user", null)));
        assertProblem(400, "hostKeyFingerprint", create(with(passwordSource("A"), "hostKeyFingerprint", "MD5:aa")));
        assertProblem(400, "password", create(with(passwordSource("A"), "password", null)));
        assertProblem(400, "privateKey", create(with(passwordSource("A"), "privateKey", "not a key")));
        Map<String, Object> encrypted = with(
                with(passwordSource("A"), "password", null),
                "privateKey",
                SftpTestServer.fixture("client-ed25519-encrypted"));
        assertProblem(400, "passphrase", create(encrypted));
        assertProblem(400, "passphrase", create(with(encrypted, "passphrase", "wrong")));
        assertProblem(400, "port", create(with(passwordSource("A"), "port", "22")));
        assertProblem(400, null, api.send("POST", "/remote-sources", "[1,2]", JSON));
        assertEquals(0, ((Number) api.get("/remote-sources").json().get("total")).intValue());

        assertEquals(201, create(passwordSource("Twin")).status());
        assertProblem(409, "name", create(passwordSource("TWIN")));
        assertEquals(
                201,
                create(with(with(encrypted, "name", "Locked key"), "passphrase", "correct horse battery"))
                        .status());
        assertEquals(2, ((Number) api.get("/remote-sources").json().get("total")).intValue());
    }

    @Test
    void anotherAccountsSourcesAndWorkspacesAreNotFound() {
        String source = sourceId(passwordSource("Mine"));
        String workspace = workspace("Mine");
        connect(workspace, source, "members.csv", 0);
        Http other = Tenants.newAccount(base.toString());
        assertEquals(404, other.get("/remote-sources/" + source).status());
        assertEquals(
                404,
                other.send("PUT", "/remote-sources/" + source, Json.write(passwordSource("Stolen")), JSON)
                        .status());
        assertEquals(404, other.delete("/remote-sources/" + source).status());
        assertEquals(
                404,
                other.send("POST", "/remote-sources/" + source + "/test", null, null)
                        .status());
        assertEquals(0, ((Number) other.get("/remote-sources").json().get("total")).intValue());
        assertEquals(
                404, other.get("/workspaces/" + workspace + "/remote-source").status());
        assertEquals(
                404,
                other.send("POST", "/workspaces/" + workspace + "/remote-source/sync", null, null)
                        .status());
        assertEquals(
                404,
                other.get("/workspaces/" + workspace + "/remote-source/runs").status());
        assertEquals(
                404, other.delete("/workspaces/" + workspace + "/remote-source").status());

        String theirs = workspaceOf(other);
        Http.Reply borrowed = other.send(
                "PUT",
                "/workspaces/" + theirs + "/remote-source",
                Json.write(Map.of("sourceId", source, "path", "members.csv")),
                JSON);
        assertProblem(400, "sourceId", borrowed);
        assertEquals("Mine", api.get("/remote-sources/" + source).json().get("name"));
    }

    @Test
    void theConnectionTestShowsTheServersKeyAndSendsNothingToAWrongOne() {
        String good = sourceId(passwordSource("Good"));
        Map<String, Object> ok = test(good);
        assertEquals(SftpTestServer.HOST_FINGERPRINT, ok.get("hostKeyFingerprint"));
        assertEquals(true, ok.get("hostKeyMatches"));
        assertEquals(true, ok.get("authenticated"));

        String unpinned = sourceId(with(passwordSource("Unpinned"), "hostKeyFingerprint", null));
        String pinnedElsewhere =
                sourceId(with(passwordSource("Elsewhere"), "hostKeyFingerprint", SftpTestServer.OTHER_FINGERPRINT));
        int attempts = sftp.authAttempts();
        Map<String, Object> unknown = test(unpinned);
        assertEquals(SftpTestServer.HOST_FINGERPRINT, unknown.get("hostKeyFingerprint"));
        assertEquals(false, unknown.get("hostKeyMatches"));
        assertNull(unknown.get("authenticated"));
        Map<String, Object> mismatch = test(pinnedElsewhere);
        assertEquals(SftpTestServer.HOST_FINGERPRINT, mismatch.get("hostKeyFingerprint"));
        assertEquals(SftpTestServer.OTHER_FINGERPRINT, mismatch.get("expectedFingerprint"));
        assertEquals(false, mismatch.get("hostKeyMatches"));
        assertNull(mismatch.get("authenticated"));
        assertEquals(attempts, sftp.authAttempts(), "no credentials were offered to an unconfirmed server");
        assertTrue(api.get("/log?type=ACCOUNT").body().contains("host key mismatch"));

        String wrongPassword = sourceId(with(passwordSource("Wrong"), "password", "not-it"));
        Map<String, Object> refused = test(wrongPassword);
        assertEquals(true, refused.get("hostKeyMatches"));
        assertEquals(false, refused.get("authenticated"));
    }

    // ---- connections and runs

    @Test
    void workspacesConnectWithAPathAndASchedule() {
        String source = sourceId(passwordSource("Register"));
        String first = workspace("First");
        String second = workspace("Second");
        assertEquals(404, api.get("/workspaces/" + first + "/remote-source").status());

        Http.Reply hourly = api.send(
                "PUT",
                "/workspaces/" + first + "/remote-source",
                Json.write(Map.of("sourceId", source, "path", "exports/members.csv")),
                JSON);
        assertEquals(200, hourly.status(), hourly::toString);
        assertEquals(60, ((Number) hourly.json().get("intervalMinutes")).intValue());
        assertEquals("hourly", hourly.json().get("schedule"));
        assertEquals("Register", hourly.json().get("sourceName"));
        assertNotNull(hourly.json().get("nextRun"));
        Map<String, Object> onDemand = connect(second, source, "exports/members.csv", 0);
        assertEquals("only on demand", onDemand.get("schedule"));
        assertNull(onDemand.get("nextRun"));
        assertEquals(2, ((Number) api.get("/remote-sources/" + source).json().get("connectedWorkspaces")).intValue());

        assertProblem(400, "intervalMinutes", connectReply(second, source, "a.csv", 3));
        assertProblem(400, "path", connectReply(second, source, " ", 0));
        assertProblem(400, "sourceId", connectReply(second, UUID.randomUUID().toString(), "a.csv", 0));
        assertEquals(
                "exports/members.csv",
                api.get("/workspaces/" + second + "/remote-source").json().get("path"));

        assertProblem(409, null, api.delete("/remote-sources/" + source));
        assertEquals(204, api.delete("/workspaces/" + first + "/remote-source").status());
        assertEquals(204, api.delete("/workspaces/" + second).status(), "a deleted workspace takes its connection");
        assertEquals(204, api.delete("/remote-sources/" + source).status());
    }

    @Test
    void aWrongHostKeyFailsTheRunAndIsLoggedWithoutSendingCredentials() {
        String source =
                sourceId(with(passwordSource("Elsewhere"), "hostKeyFingerprint", SftpTestServer.OTHER_FINGERPRINT));
        String workspace = workspace("Pinned");
        connect(workspace, source, "members.csv", 0);
        int attempts = sftp.authAttempts();
        Map<String, Object> run = syncNow(workspace);
        assertEquals("FAILED", run.get("outcome"));
        assertTrue(
                errors(run).get(0).startsWith("Host key mismatch"), errors(run).toString());
        assertTrue(errors(run).get(0).contains(SftpTestServer.HOST_FINGERPRINT));
        assertEquals(attempts, sftp.authAttempts());
        String log = api.get("/log?type=ACCOUNT").body();
        assertTrue(log.contains("host key mismatch"), log);
    }

    @Test
    void fetchFailuresAreFailedRunsWithAClearError() {
        Set<String> fetchedBefore = fetchedFiles();
        String workspace = workspace("Failing");
        connect(workspace, sourceId(with(passwordSource("Wrong password"), "password", "nope")), "members.csv", 0);
        Map<String, Object> authFailed = syncNow(workspace);
        assertEquals("FAILED", authFailed.get("outcome"));
        assertTrue(
                errors(authFailed).get(0).startsWith("Authentication failed"),
                errors(authFailed).toString());
        assertFalse(authFailed.toString().contains("nope"));

        connect(workspace, sourceId(keySource("Key")), "exports/missing.csv", 0);
        Map<String, Object> missing = syncNow(workspace);
        assertEquals("FAILED", missing.get("outcome"));
        assertEquals(List.of("File not found on the server: 'exports/missing.csv'."), errors(missing));
        assertEquals(0, ((Number) missing.get("created")).intValue());
        assertNotNull(missing.get("ended"));
        assertTrue(fetchedBefore.containsAll(fetchedFiles()), "a failed run leaves no temporary file");

        Http.Reply runs = api.get("/workspaces/" + workspace + "/remote-source/runs?size=1");
        assertEquals(200, runs.status(), runs::toString);
        assertEquals(2, ((Number) runs.json().get("total")).intValue());
        List<?> items = (List<?>) runs.json().get("items");
        assertEquals(1, items.size());
        assertEquals(missing.get("id"), ((Map<?, ?>) items.get(0)).get("id"), "newest first");
        Http.Reply one = api.get("/workspaces/" + workspace + "/remote-source/runs/" + authFailed.get("id"));
        assertEquals(200, one.status(), one::toString);
        assertEquals("manual", one.json().get("trigger"));
        assertTrue(((String) one.json().get("actor")).startsWith("api-token:"));
    }

    @Test
    void passwordAndKeyAuthenticationBothReachTheFile() {
        Set<String> fetchedBefore = fetchedFiles();
        Map<String, Object> encryptedKey = with(
                with(keySource("Encrypted key"), "user", "locked"),
                "privateKey",
                SftpTestServer.fixture("client-ed25519-encrypted"));
        for (Map<String, Object> definition : List.of(
                passwordSource("Password"),
                keySource("Key"),
                with(encryptedKey, "passphrase", "correct horse battery"))) {
            String name = (String) definition.get("name");
            String path = prefix + "/" + name.replace(' ', '-') + ".csv";
            sftp.write(path, HEADER + "1," + prefix + "." + name.replace(' ', '.') + "@example.com,Ada,Lovelace,\n");
            String workspace = workspace(name);
            connect(workspace, sourceId(definition), path, 0);
            Map<String, Object> run = syncNow(workspace);
            assertEquals("SUCCEEDED", run.get("outcome"), name + ": " + run);
            assertEquals(List.of(1, 0, 0, 0), counts(run), name);
        }
        assertTrue(fetchedBefore.containsAll(fetchedFiles()), "the fetched files are deleted after each run");
    }

    @Test
    void firstSyncCreatesTheSecondUpdatesAndRemovesAndABadFileChangesNothing() {
        String path = prefix + "/register.csv";
        sftp.write(
                path,
                HEADER + "1," + prefix + ".ada@example.com,Ada,Lovelace,\n"
                        + "2," + prefix + ".alan@example.com,Alan,Turing,+41 79 000 00 00\n"
                        + "3," + prefix + ".grace@example.com,Grace,Hopper,\n");
        String workspace = workspace("Register");
        connect(workspace, sourceId(passwordSource("Register")), path, 0);

        Map<String, Object> dry = syncNow(workspace, true);
        assertEquals("SUCCEEDED", dry.get("outcome"), dry::toString);
        assertEquals(true, dry.get("dryRun"));
        assertEquals(3, ((Number) dry.get("created")).intValue());
        assertEquals(0, memberTotal(workspace), "a dry run changes nothing");

        Map<String, Object> first = syncNow(workspace);
        assertEquals("SUCCEEDED", first.get("outcome"), first::toString);
        assertEquals(List.of(3, 0, 0, 0), counts(first));
        assertEquals(3, memberTotal(workspace));

        sftp.write(
                path,
                HEADER + "1," + prefix + ".ada@example.com,Ada,King,\n"
                        + "2," + prefix + ".alan@example.com,Alan,Turing,+41 79 000 00 00\n"
                        + "4," + prefix + ".katherine@example.com,Katherine,Johnson,\n");
        Map<String, Object> second = syncNow(workspace);
        assertEquals("SUCCEEDED", second.get("outcome"), second::toString);
        assertEquals(List.of(1, 1, 1, 1), counts(second));
        assertEquals(3, memberTotal(workspace));

        sftp.write(
                path,
                HEADER + "1," + prefix + ".ada@example.com,Ada,King,\n" + "1," + prefix
                        + ".other@example.com,Duplicate,Id,\n");
        Map<String, Object> bad = syncNow(workspace);
        assertEquals("FAILED", bad.get("outcome"), bad::toString);
        assertEquals(List.of(0, 0, 0, 0), counts(bad));
        assertFalse(errors(bad).isEmpty());
        assertTrue(
                errors(bad).get(0).toLowerCase(Locale.ROOT).contains("line"),
                errors(bad).toString());
        assertEquals(3, memberTotal(workspace), "an invalid file changes nothing");

        Map<String, Object> connection =
                api.get("/workspaces/" + workspace + "/remote-source").json();
        assertEquals(bad.get("id"), ((Map<?, ?>) connection.get("latestRun")).get("id"));
        assertEquals(false, connection.get("running"));

        assertEquals(
                204, api.delete("/workspaces/" + workspace + "/remote-source").status());
        assertEquals(0, memberTotal(workspace), "disconnecting releases the members the source gave");
    }

    @Test
    void twoSourcesWithTheSameIdsNeverCollide() {
        sftp.write(prefix + "/a.csv", HEADER + "1," + prefix + ".first@example.com,First,Person,\n");
        sftp.write(prefix + "/b.csv", HEADER + "1," + prefix + ".second@example.com,Second,Person,\n");
        String one = workspace("One");
        String two = workspace("Two");
        connect(one, sourceId(passwordSource("Source A")), prefix + "/a.csv", 0);
        connect(two, sourceId(passwordSource("Source B")), prefix + "/b.csv", 0);
        assertEquals(List.of(1, 0, 0, 0), counts(syncNow(one)));
        assertEquals(List.of(1, 0, 0, 0), counts(syncNow(two)));
        assertTrue(members(one).contains(prefix + ".first@example.com"), members(one));
        assertTrue(members(two).contains(prefix + ".second@example.com"), members(two));
        assertFalse(members(one).contains(prefix + ".second@example.com"), members(one));

        assertEquals(List.of(0, 0, 0, 1), counts(syncNow(one)), "source B's ID 1 is not source A's");
        assertEquals(1, memberTotal(two));
    }

    @Test
    void workspacesSharingASourceSyncAtOnceAndBothSucceed() throws Exception {
        sftp.write(
                prefix + "/shared.csv",
                HEADER + "1," + prefix + ".ada@example.com,Ada,Lovelace,\n" + "2," + prefix
                        + ".alan@example.com,Alan,Turing,\n");
        String source = sourceId(passwordSource("Shared"));
        String choir = workspace("Choir");
        String band = workspace("Band");
        connect(choir, source, prefix + "/shared.csv", 0);
        connect(band, source, prefix + "/shared.csv", 0);
        // both fetches wait, then both runs come to apply their file at the same time
        sftp.openDelay(Duration.ofSeconds(2));
        for (Http.Reply reply : RemoteSourceCalls.atOnce(List.of(
                () -> RemoteSourceCalls.syncNowReply(api, choir), () -> RemoteSourceCalls.syncNowReply(api, band)))) {
            assertEquals(200, reply.status(), reply::toString);
            assertEquals("SUCCEEDED", reply.json().get("outcome"), reply::toString);
            assertEquals(List.of(2, 0, 0, 0), counts(reply.json()));
        }
        assertEquals(2, memberTotal(choir));
        assertEquals(2, memberTotal(band));
        assertEquals(memberIds(choir), memberIds(band), "one user of the source in both workspaces");
    }

    @Test
    void aRunDuringWhichTheWorkspaceIsDisconnectedChangesNothing() throws Exception {
        sftp.write(prefix + "/members.csv", HEADER + "1," + prefix + ".ada@example.com,Ada,Lovelace,\n");
        String workspace = workspace("Leaving");
        connect(workspace, sourceId(passwordSource("Register")), prefix + "/members.csv", 0);
        sftp.openDelay(Duration.ofSeconds(3));
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Http.Reply> call = pool.submit(() -> RemoteSourceCalls.syncNowReply(api, workspace));
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!Boolean.TRUE.equals(api.get("/workspaces/" + workspace + "/remote-source")
                            .json()
                            .get("running"))
                    && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertEquals(
                    204,
                    api.delete("/workspaces/" + workspace + "/remote-source").status());
            Http.Reply run = call.get();
            assertEquals(200, run.status(), run::toString);
            assertEquals("FAILED", run.json().get("outcome"), run::toString);
            assertEquals(
                    List.of("The workspace was disconnected from the remote source during the run;"
                            + " nothing was changed."),
                    errors(run.json()));
            assertEquals(List.of(0, 0, 0, 0), counts(run.json()));
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0, memberTotal(workspace), "the run brought nobody back");
        assertEquals(404, api.get("/workspaces/" + workspace + "/remote-source").status());
    }

    @Test
    void movingAConnectionToAnotherSourceReleasesTheFirstSourcesMembers() {
        sftp.write(
                prefix + "/a.csv",
                HEADER + "1," + prefix + ".ada@example.com,Ada,Lovelace,\n" + "2," + prefix
                        + ".alan@example.com,Alan,Turing,\n");
        sftp.write(prefix + "/b.csv", HEADER + "7," + prefix + ".grace@example.com,Grace,Hopper,\n");
        String workspace = workspace("Moving");
        connect(workspace, sourceId(passwordSource("Source A")), prefix + "/a.csv", 0);
        assertEquals(List.of(2, 0, 0, 0), counts(syncNow(workspace)));

        String b = sourceId(passwordSource("Source B"));
        assertEquals(b, connect(workspace, b, prefix + "/b.csv", 0).get("sourceId"));
        assertEquals(0, memberTotal(workspace), "source A's participants left with the connection");
        assertEquals(List.of(1, 0, 0, 0), counts(syncNow(workspace)), "source B removes nobody it never listed");
        assertEquals(1, memberTotal(workspace));
        assertTrue(members(workspace).contains(prefix + ".grace@example.com"), members(workspace));
    }

    @Test
    void concurrentSyncNowRunsOnce() throws Exception {
        sftp.write(prefix + "/slow.csv", HEADER + "1," + prefix + ".slow@example.com,Slow,Poke,\n");
        String workspace = workspace("Busy");
        connect(workspace, sourceId(passwordSource("Slow")), prefix + "/slow.csv", 0);
        sftp.openDelay(Duration.ofSeconds(4));
        List<Http.Reply> replies =
                RemoteSourceCalls.atOnce(Collections.nCopies(5, () -> RemoteSourceCalls.syncNowReply(api, workspace)));
        List<Http.Reply> ran = replies.stream().filter(r -> r.status() == 200).toList();
        List<Http.Reply> refused =
                replies.stream().filter(r -> r.status() == 409).toList();
        assertEquals(1, ran.size(), replies::toString);
        assertEquals(4, refused.size(), replies::toString);
        String runId = (String) ran.get(0).json().get("id");
        for (Http.Reply conflict : refused) {
            assertEquals("application/problem+json", conflict.header("Content-Type"));
            Map<?, ?> running = (Map<?, ?>) conflict.json().get("run");
            assertEquals(runId, running.get("id"), conflict::toString);
            assertEquals("RUNNING", running.get("outcome"));
        }
        assertEquals(
                1,
                ((Number) api.get("/workspaces/" + workspace + "/remote-source/runs")
                                .json()
                                .get("total"))
                        .intValue());
    }

    @Test
    void theSchedulerStartsAConnectionThatIsDue() throws InterruptedException {
        String workspace = workspace("Scheduled");
        connect(workspace, sourceId(passwordSource("Hourly")), prefix + "/none.csv", 60);
        long deadline = System.nanoTime() + Duration.ofSeconds(100).toNanos();
        Map<?, ?> run = null;
        while (run == null && System.nanoTime() < deadline) {
            List<?> items = (List<?>) api.get("/workspaces/" + workspace + "/remote-source/runs")
                    .json()
                    .get("items");
            run = items.isEmpty() ? null : (Map<?, ?>) items.get(0);
            if (run == null) {
                Thread.sleep(2000);
            }
        }
        assertNotNull(run, "a new hourly connection runs within the minute");
        assertEquals("schedule", run.get("trigger"));
        assertEquals("schedule", run.get("actor"));
        Map<String, Object> connection =
                api.get("/workspaces/" + workspace + "/remote-source").json();
        assertTrue(
                ((String) connection.get("nextRun")).compareTo((String) run.get("started")) > 0,
                "the next run is an interval later: " + connection);
    }

    // ---- helpers

    private Map<String, Object> passwordSource(String name) {
        return RemoteSourceCalls.passwordSource(name, sftp.port(), "register", PASSWORD);
    }

    private Map<String, Object> keySource(String name) {
        Map<String, Object> source = with(with(passwordSource(name), "password", null), "user", "keyed");
        source.put("privateKey", SftpTestServer.fixture("client-ed25519"));
        return source;
    }

    private static Map<String, Object> with(Map<String, Object> source, String field, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(source);
        if (value == null) {
            changed.remove(field);
        } else {
            changed.put(field, value);
        }
        return changed;
    }

    private Http.Reply create(Map<String, Object> source) {
        return RemoteSourceCalls.createSource(api, source);
    }

    private String sourceId(Map<String, Object> source) {
        return RemoteSourceCalls.sourceId(api, source);
    }

    private Map<String, Object> test(String sourceId) {
        Http.Reply tested = api.send("POST", "/remote-sources/" + sourceId + "/test", null, null);
        assertEquals(200, tested.status(), tested::toString);
        return tested.json();
    }

    private String workspace(String name) {
        Http.Reply created = api.send("POST", "/workspaces", Json.write(Map.of("name", name)), JSON);
        assertEquals(201, created.status(), created::toString);
        return (String) created.json().get("id");
    }

    private String workspaceOf(Http account) {
        Http.Reply created = account.send("POST", "/workspaces", Json.write(Map.of("name", "Theirs")), JSON);
        assertEquals(201, created.status(), created::toString);
        return (String) created.json().get("id");
    }

    private Http.Reply connectReply(String workspace, String source, String path, int minutes) {
        return RemoteSourceCalls.connectReply(api, workspace, source, path, minutes);
    }

    private Map<String, Object> connect(String workspace, String source, String path, int minutes) {
        return RemoteSourceCalls.connect(api, workspace, source, path, minutes);
    }

    private Map<String, Object> syncNow(String workspace) {
        return syncNow(workspace, false);
    }

    private Map<String, Object> syncNow(String workspace, boolean dryRun) {
        return RemoteSourceCalls.syncNow(api, workspace, dryRun);
    }

    @SuppressWarnings("unchecked")
    private static List<String> errors(Map<String, Object> run) {
        return (List<String>) run.get("errors");
    }

    private static List<Integer> counts(Map<String, Object> run) {
        return RemoteSourceCalls.counts(run);
    }

    private int memberTotal(String workspace) {
        Http.Reply members = api.get("/workspaces/" + workspace + "/members");
        assertEquals(200, members.status(), members::toString);
        return ((Number) members.json().get("total")).intValue();
    }

    private List<String> memberIds(String workspace) {
        Http.Reply members = api.get("/workspaces/" + workspace + "/members?size=500");
        assertEquals(200, members.status(), members::toString);
        return ((List<?>) members.json().get("items"))
                .stream()
                        .map(member -> (String) ((Map<?, ?>) member).get("userId"))
                        .sorted()
                        .toList();
    }

    /** The members' user names and display names, lower case, for "contains" checks. */
    private String members(String workspace) {
        Http.Reply members = api.get("/workspaces/" + workspace + "/members?size=500");
        assertEquals(200, members.status(), members::toString);
        return members.body().toLowerCase(Locale.ROOT);
    }

    /** The server's temporary copies of fetched files (it runs on this machine, with the same temp directory). */
    private static Set<String> fetchedFiles() {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.map(f -> f.getFileName().toString())
                    .filter(name -> name.startsWith("scimspace-sync-"))
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertNoSecret(String body) {
        assertFalse(body.contains(PASSWORD), body);
        assertFalse(body.contains("\"password\""), body);
        assertFalse(body.contains("\"privateKey\""), body);
        assertFalse(body.contains("\"passphrase\""), body);
        assertFalse(body.contains("v1:"), "no ciphertext either: " + body);
    }

    private static void assertProblem(int status, String field, Http.Reply reply) {
        assertEquals(status, reply.status(), reply::toString);
        assertEquals("application/problem+json", reply.header("Content-Type"), reply::toString);
        assertEquals(field, reply.json().get("field"), reply::toString);
        assertFalse(reply.body().contains("Exception"), reply::toString);
    }
}
