package org.scimspace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scimspace.it.ScimAssertions.list;
import static org.scimspace.it.ScimAssertions.resources;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * kill -9 in the middle of a SCIM write load, then a restart on the same database: every
 * acknowledged write is there, and no request is half applied. Each client owns a group of
 * a connected workspace and, in turn, creates a user and sends one PATCH that both renames
 * its group to the step number and adds that user, so the group's name tells which of its
 * PATCHes are visible and its members must be exactly the users of those PATCHes.
 */
class CrashIT {

    private static final int CLIENTS = 4;
    /** Acknowledged PATCHes to wait for before the kill: a count, not a time. */
    private static final int ACKNOWLEDGED_BEFORE_KILL = 60;

    private static final String JSON = "application/json";
    private static final String PATCH_OP =
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[%s]}";

    /** What one client saw acknowledged: its users by step, and the last acknowledged step. */
    private record Client(
            String groupId, String prefix, Map<Integer, String> users, int[] lastAcknowledged, List<String> refused) {}

    @Test
    void acknowledgedWritesSurviveKill9AndNoneIsHalfApplied() throws Exception {
        Path parent = Files.createDirectories(PayaraProcess.buildDirectory().resolve("it-data"));
        Path dataDir = Files.createTempDirectory(parent, "CrashIT-");
        Map<String, String> bootstrap = Map.of(
                "scimspace.bootstrap.api.token", ItSettings.apiToken(),
                "scimspace.bootstrap.scim.token", ItSettings.scimToken());
        List<Client> clients = new ArrayList<>();
        String workspaceId;
        try (PayaraProcess server = PayaraProcess.start("CrashIT-1", dataDir, bootstrap)) {
            Http api = new Http(server.baseUrl() + "/api/v1", ItSettings.apiToken());
            Http scim = new Http(server.baseUrl() + "/scim/v2", ItSettings.scimToken());
            enableScim(api);
            List<String> objectIds = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                String objectId = UUID.randomUUID().toString();
                String prefix = "crash-" + i + "-" + objectId.substring(0, 8);
                objectIds.add(objectId);
                clients.add(new Client(
                        created(scim.post(
                                "/Groups",
                                "{\"displayName\":\"" + prefix + " start\",\"externalId\":\"" + objectId + "\"}")),
                        prefix,
                        new ConcurrentHashMap<>(),
                        new int[] {-1},
                        new CopyOnWriteArrayList<>()));
            }
            workspaceId = created(api.send("POST", "/workspaces", "{\"name\":\"Crash\"}", JSON));
            Http.Reply limited = api.send(
                    "PUT",
                    "/workspaces/" + workspaceId + "/group-limits",
                    objectIds.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(",", "[", "]")),
                    JSON);
            assertEquals(200, limited.status(), limited::toString);

            Semaphore acknowledged = new Semaphore(0);
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            try {
                for (Client client : clients) {
                    pool.submit(() -> writeUntilTheServerDies(scim, client, acknowledged));
                }
                // A guard against a client that stopped early, not a timing assertion.
                assertTrue(
                        acknowledged.tryAcquire(ACKNOWLEDGED_BEFORE_KILL, 10, TimeUnit.MINUTES),
                        () -> "the clients stopped before the kill: "
                                + clients.stream()
                                        .flatMap(c -> c.refused().stream())
                                        .toList());
                server.kill();
            } finally {
                pool.shutdown();
                assertTrue(pool.awaitTermination(5, TimeUnit.MINUTES), "clients stop once the server is gone");
            }
        }

        try (PayaraProcess server = PayaraProcess.start("CrashIT-2", dataDir, bootstrap)) {
            Http api = new Http(server.baseUrl() + "/api/v1", ItSettings.apiToken());
            Http scim = new Http(server.baseUrl() + "/scim/v2", ItSettings.scimToken());
            Set<String> groupMembers = new HashSet<>();
            for (Client client : clients) {
                groupMembers.addAll(assertWholePatchesOnly(scim, client));
            }
            assertUsersListTheirGroups(scim, clients);

            Http.Reply listed = api.get("/workspaces/" + workspaceId + "/members?size=500");
            assertEquals(200, listed.status(), listed::toString);
            List<Map<String, Object>> members = list(listed.json().get("items"));
            assertEquals(
                    groupMembers,
                    members.stream()
                            .filter(m -> !Boolean.TRUE.equals(m.get("manual")))
                            .map(m -> (String) m.get("userId"))
                            .collect(Collectors.toSet()),
                    "the workspace's non-manual members are exactly the limit groups' members");
            assertEquals(
                    members.size(),
                    ((Number) api.get("/workspaces/" + workspaceId).json().get("memberCount")).intValue());
        }
    }

    /** Creates a user, then renames the group to the step and adds the user in one PATCH, until a request fails. */
    private static void writeUntilTheServerDies(Http scim, Client client, Semaphore acknowledged) {
        try {
            for (int step = 0; ; step++) {
                Http.Reply user = scim.post(
                        "/Users",
                        "{\"userName\":\"" + client.prefix() + "-" + step + "@contoso.example\",\"active\":true}");
                if (user.status() != 201) {
                    client.refused().add(user.toString());
                    return;
                }
                String userId = (String) user.json().get("id");
                client.users().put(step, userId);
                Http.Reply patch = scim.patch(
                        "/Groups/" + client.groupId(),
                        PATCH_OP.formatted("{\"op\":\"Replace\",\"path\":\"displayName\",\"value\":\""
                                + client.prefix() + " " + step + "\"},"
                                + "{\"op\":\"Add\",\"path\":\"members\",\"value\":[{\"value\":\"" + userId + "\"}]}"));
                if (patch.status() != 204) {
                    client.refused().add(patch.toString());
                    return;
                }
                client.lastAcknowledged()[0] = step;
                acknowledged.release();
            }
        } catch (IllegalStateException serverGone) {
            // The kill: this client's last request may or may not have been applied.
        }
    }

    /** @return the group's members, after checking they are exactly those of its visible PATCHes */
    private static Set<String> assertWholePatchesOnly(Http scim, Client client) {
        Http.Reply read = scim.get("/Groups/" + client.groupId());
        assertEquals(200, read.status(), read::toString);
        String name = (String) read.json().get("displayName");
        int visible = name.endsWith(" start")
                ? -1
                : Integer.parseInt(name.substring(client.prefix().length() + 1));
        assertTrue(
                visible >= client.lastAcknowledged()[0],
                "an acknowledged rename is lost: " + name + " < " + client.lastAcknowledged()[0]);
        assertEquals(List.of(), client.refused(), "writes refused under load");
        for (String userId : client.users().values()) {
            Http.Reply created = scim.get("/Users/" + userId);
            assertEquals(200, created.status(), () -> "an acknowledged user is lost: " + created);
        }
        Set<String> expected = new HashSet<>();
        for (int step = 0; step <= visible; step++) {
            expected.add(client.users().get(step));
        }
        Object members = read.json().get("members");
        Set<String> actual = members == null
                ? Set.of()
                : list(members).stream().map(m -> (String) m.get("value")).collect(Collectors.toSet());
        assertEquals(expected, actual, "members of " + name + " are those of its whole PATCHes");
        return actual;
    }

    private static void assertUsersListTheirGroups(Http scim, List<Client> clients) {
        Map<String, String> groupOfPrefix = clients.stream().collect(Collectors.toMap(Client::prefix, Client::groupId));
        for (Map<String, Object> user : resources(scim.get("/Users?count=1000"))) {
            String userName = (String) user.get("userName");
            String prefix = userName.substring(0, userName.lastIndexOf('-'));
            Set<String> groups = user.get("groups") == null
                    ? Set.of()
                    : list(user.get("groups")).stream()
                            .map(g -> (String) g.get("value"))
                            .collect(Collectors.toSet());
            Http.Reply probe = scim.get("/Groups/" + groupOfPrefix.get(prefix));
            boolean listed = probe.json().get("members") != null
                    && list(probe.json().get("members")).stream()
                            .anyMatch(m -> user.get("id").equals(m.get("value")));
            assertEquals(listed ? Set.of(groupOfPrefix.get(prefix)) : Set.of(), groups, userName);
        }
    }

    private static void enableScim(Http api) {
        Http.Reply sso = api.send(
                "PUT",
                "/account/sso",
                "{\"entraTenantId\":\"" + UUID.randomUUID() + "\",\"domain\":\"contoso.com\"}",
                JSON);
        assertEquals(200, sso.status(), sso::toString);
        Http.Reply on = api.send("PUT", "/account/scim", "{\"enabled\":true}", JSON);
        assertEquals(200, on.status(), on::toString);
    }

    private static String created(Http.Reply reply) {
        assertEquals(201, reply.status(), reply::toString);
        return (String) reply.json().get("id");
    }
}
