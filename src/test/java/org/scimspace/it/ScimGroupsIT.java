package org.scimspace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scimspace.it.ScimAssertions.assertScimError;
import static org.scimspace.it.ScimAssertions.list;
import static org.scimspace.it.ScimAssertions.resources;
import static org.scimspace.it.ScimAssertions.totalResults;
import static org.scimspace.it.ScimUsersIT.filter;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Groups and their members over real HTTP, in every shape ENTRA.md lists, and under load. */
@ExtendWith(ArquillianExtension.class)
class ScimGroupsIT {

    private static final String PATCH_OP =
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"]," + "\"Operations\":[%s]}";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ItSettings.war();
    }

    @ArquillianResource
    URL base;

    private Http scim;

    @BeforeEach
    void newAccount() {
        scim = Tenants.newScimAccount(base.toString());
    }

    private String user(String name) {
        Http.Reply created =
                scim.post("/Users", "{\"userName\":\"" + name + "@contoso.example\",\"displayName\":\"" + name + "\"}");
        assertEquals(201, created.status(), created::toString);
        return (String) created.json().get("id");
    }

    private String group(String displayName, String externalId) {
        Http.Reply created = scim.post(
                "/Groups",
                "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\","
                        + "\"http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group\"],"
                        + "\"displayName\":\"" + displayName + "\",\"externalId\":\"" + externalId + "\"}");
        assertEquals(201, created.status(), created::toString);
        return (String) created.json().get("id");
    }

    private static String members(List<String> ids) {
        return ids.stream()
                .map(id -> "{\"$ref\":null,\"value\":\"" + id + "\"}")
                .collect(Collectors.joining(","));
    }

    private Http.Reply patch(String groupId, String operations) {
        return scim.patch("/Groups/" + groupId, PATCH_OP.formatted(operations));
    }

    private void patchOk(String groupId, String operations) {
        Http.Reply reply = patch(groupId, operations);
        assertEquals(204, reply.status(), reply::toString);
    }

    private Set<String> memberIds(String groupId) {
        Http.Reply group = scim.get("/Groups/" + groupId);
        assertEquals(200, group.status(), group::toString);
        Object members = group.json().get("members");
        return members == null
                ? Set.of()
                : list(members).stream().map(m -> (String) m.get("value")).collect(Collectors.toSet());
    }

    @Test
    void entraCreatesAGroupThenAddsAndRemovesMembers() {
        String displayName = "Sales " + UUID.randomUUID();
        Http.Reply probe = scim.get("/Groups?excludedAttributes=members&"
                + filter("displayName eq \"" + displayName + "\"").substring(1));
        assertEquals(0, totalResults(probe));

        String externalId = UUID.randomUUID().toString();
        Http.Reply created = scim.post(
                "/Groups",
                "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"]," + "\"displayName\":\"" + displayName
                        + "\",\"externalId\":\"" + externalId + "\",\"members\":[]}");
        assertEquals(201, created.status(), created::toString);
        String groupId = (String) created.json().get("id");
        assertEquals(scim.baseUrl() + "/Groups/" + groupId, created.header("Location"));
        assertEquals("Group", ScimAssertions.map(created.json().get("meta")).get("resourceType"));
        assertEquals(
                1, totalResults(scim.get("/Groups" + filter("displayName eq \"" + displayName.toUpperCase() + "\""))));
        assertEquals(1, totalResults(scim.get("/Groups" + filter("externalId eq \"" + externalId + "\""))));

        String alice = user("alice-" + UUID.randomUUID());
        String bob = user("bob-" + UUID.randomUUID());
        String carol = user("carol-" + UUID.randomUUID());
        patchOk(
                groupId,
                "{\"op\":\"Add\",\"path\":\"members\",\"value\":[" + members(List.of(alice, bob, carol)) + "]}");
        patchOk(groupId, "{\"op\":\"Add\",\"path\":\"members\",\"value\":[" + members(List.of(alice)) + "]}");
        assertEquals(Set.of(alice, bob, carol), memberIds(groupId));

        Map<String, Object> member = list(scim.get("/Groups/" + groupId).json().get("members")).stream()
                .filter(m -> alice.equals(m.get("value")))
                .findFirst()
                .orElseThrow();
        assertEquals("User", member.get("type"));
        assertEquals(scim.baseUrl() + "/Users/" + alice, member.get("$ref"));
        assertTrue(((String) member.get("display")).startsWith("alice-"));

        String probeFilter = "id eq \"" + groupId + "\" and members[value eq \"" + bob + "\"]";
        assertEquals(
                1,
                totalResults(scim.get("/Groups?excludedAttributes=members&"
                        + filter(probeFilter).substring(1))));

        patchOk(groupId, "{\"op\":\"Remove\",\"path\":\"members\",\"value\":[{\"value\":\"" + bob + "\"}]}");
        patchOk(groupId, "{\"op\":\"Remove\",\"path\":\"members\",\"value\":[{\"value\":\"" + bob + "\"}]}");
        assertEquals(
                0,
                totalResults(scim.get("/Groups?excludedAttributes=members&"
                        + filter(probeFilter).substring(1))));
        patchOk(groupId, "{\"op\":\"remove\",\"path\":\"members[value eq \\\"" + carol + "\\\"]\"}");
        assertEquals(Set.of(alice), memberIds(groupId));
        patchOk(groupId, "{\"op\":\"remove\",\"path\":\"members\"}");
        assertEquals(Set.of(), memberIds(groupId));

        patchOk(groupId, "{\"op\":\"Replace\",\"path\":\"displayName\",\"value\":\"" + displayName + " renamed\"}");
        assertEquals(
                displayName + " renamed", scim.get("/Groups/" + groupId).json().get("displayName"));

        assertEquals(204, scim.delete("/Groups/" + groupId).status());
        assertScimError(scim.get("/Groups/" + groupId), 404, null);
    }

    @Test
    void severalOperationsApplyTogetherOrNotAtAll() {
        String groupId = group("Ops " + UUID.randomUUID(), UUID.randomUUID().toString());
        String alice = user("ops-a-" + UUID.randomUUID());
        String bob = user("ops-b-" + UUID.randomUUID());
        patchOk(
                groupId,
                "{\"op\":\"Replace\",\"path\":\"displayName\",\"value\":\"Ops renamed " + groupId + "\"},"
                        + "{\"op\":\"Add\",\"path\":\"members\",\"value\":[" + members(List.of(alice, bob)) + "]},"
                        + "{\"op\":\"Remove\",\"path\":\"members\",\"value\":[{\"value\":\"" + bob + "\"}]}");
        assertEquals(Set.of(alice), memberIds(groupId));
        String etag = scim.get("/Groups/" + groupId).header("ETag");

        assertScimError(
                patch(
                        groupId,
                        "{\"op\":\"Replace\",\"path\":\"displayName\",\"value\":\"Never\"},"
                                + "{\"op\":\"Add\",\"path\":\"members\",\"value\":["
                                + members(List.of(bob, UUID.randomUUID().toString()))
                                + "]}"),
                400,
                "invalidValue");
        Http.Reply after = scim.get("/Groups/" + groupId);
        assertEquals("Ops renamed " + groupId, after.json().get("displayName"));
        assertEquals(Set.of(alice), memberIds(groupId));
        assertEquals(etag, after.header("ETag"));
    }

    @Test
    void attributesParameterAnswersWithTheResource() {
        String groupId = group("Attr " + UUID.randomUUID(), UUID.randomUUID().toString());
        String alice = user("attr-" + UUID.randomUUID());
        Http.Reply reply = scim.patch(
                "/Groups/" + groupId + "?attributes=displayName,members",
                PATCH_OP.formatted(
                        "{\"op\":\"add\",\"path\":\"members\",\"value\":[" + members(List.of(alice)) + "]}"));
        assertEquals(200, reply.status(), reply::toString);
        assertEquals(alice, list(reply.json().get("members")).get(0).get("value"));
        assertFalse(reply.json().containsKey("externalId"));
        Http.Reply withoutMembers = scim.get("/Groups/" + groupId + "?excludedAttributes=members");
        assertFalse(withoutMembers.json().containsKey("members"));
        assertFalse(
                resources(scim.get("/Groups?excludedAttributes=members")).get(0).containsKey("members"));
    }

    @Test
    void namesAreUniqueIgnoringCaseAndBadInputIsRefused() {
        String displayName = "Unique " + UUID.randomUUID();
        group(displayName, "x");
        assertScimError(
                scim.post("/Groups", "{\"displayName\":\"" + displayName.toLowerCase() + "\"}"), 409, "uniqueness");
        assertScimError(scim.post("/Groups", "{\"externalId\":\"no-name\"}"), 400, "invalidValue");
        assertScimError(
                scim.post(
                        "/Groups",
                        "{\"displayName\":\"Bad members\",\"members\":[{\"value\":\"" + UUID.randomUUID() + "\"}]}"),
                400,
                "invalidValue");
        assertEquals(0, totalResults(scim.get("/Groups" + filter("displayName eq \"Bad members\""))));
        String other = group("Other " + UUID.randomUUID(), "y");
        assertScimError(
                patch(other, "{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"" + displayName + "\"}"),
                409,
                "uniqueness");
        assertScimError(
                patch(
                        other,
                        "{\"op\":\"replace\",\"path\":\"members[value eq \\\"x\\\"].display\"," + "\"value\":\"x\"}"),
                400,
                "mutability");
        assertScimError(scim.get("/Groups" + filter("members.nothing eq \"x\"")), 400, "invalidFilter");
    }

    @Test
    void usersShowTheirGroupsAndLeaveThemWhenDeleted() {
        String groupId = group("Members " + UUID.randomUUID(), UUID.randomUUID().toString());
        String nested = group("Nested " + UUID.randomUUID(), UUID.randomUUID().toString());
        String alice = user("grp-" + UUID.randomUUID());
        patchOk(groupId, "{\"op\":\"add\",\"path\":\"members\",\"value\":[" + members(List.of(alice, nested)) + "]}");

        Map<String, Object> groupEntry =
                list(scim.get("/Users/" + alice).json().get("groups")).get(0);
        assertEquals(groupId, groupEntry.get("value"));
        assertEquals(scim.baseUrl() + "/Groups/" + groupId, groupEntry.get("$ref"));
        assertEquals("direct", groupEntry.get("type"));
        assertEquals(1, totalResults(scim.get("/Users" + filter("groups.value eq \"" + groupId + "\""))));
        Map<String, Object> nestedEntry = list(
                        scim.get("/Groups/" + groupId).json().get("members"))
                .stream()
                .filter(m -> nested.equals(m.get("value")))
                .findFirst()
                .orElseThrow();
        assertEquals("Group", nestedEntry.get("type"));

        assertEquals(204, scim.delete("/Users/" + alice).status());
        assertEquals(Set.of(nested), memberIds(groupId));
        assertEquals(204, scim.delete("/Groups/" + nested).status());
        assertEquals(Set.of(), memberIds(groupId));
    }

    @Test
    void putReplacesTheMemberSet() {
        String alice = user("put-a-" + UUID.randomUUID());
        String bob = user("put-b-" + UUID.randomUUID());
        String carol = user("put-c-" + UUID.randomUUID());
        Http.Reply created = scim.post(
                "/Groups",
                "{\"displayName\":\"Put " + UUID.randomUUID() + "\",\"members\":[" + members(List.of(alice, bob))
                        + "]}");
        assertEquals(201, created.status(), created::toString);
        String groupId = (String) created.json().get("id");
        assertEquals(2, list(created.json().get("members")).size());
        Http.Reply replaced = scim.put(
                "/Groups/" + groupId,
                "{\"displayName\":\"Put renamed " + groupId + "\",\"members\":[" + members(List.of(bob, carol)) + "]}");
        assertEquals(200, replaced.status(), replaced::toString);
        assertEquals(Set.of(bob, carol), memberIds(groupId));
    }

    @Test
    void accountsCannotReachEachOthersGroupsOrUsers() {
        Http other = Tenants.newScimAccount(base.toString());
        String groupId = group("Isolated " + UUID.randomUUID(), "iso");
        String alice = user("iso-" + UUID.randomUUID());
        assertScimError(other.get("/Groups/" + groupId), 404, null);
        assertScimError(
                other.patch(
                        "/Groups/" + groupId,
                        PATCH_OP.formatted(
                                "{\"op\":\"add\",\"path\":\"members\",\"value\":[" + members(List.of(alice)) + "]}")),
                404,
                null);
        Http.Reply theirs = other.post("/Groups", "{\"displayName\":\"Theirs\"}");
        String theirGroup = (String) theirs.json().get("id");
        assertScimError(
                other.patch(
                        "/Groups/" + theirGroup,
                        PATCH_OP.formatted(
                                "{\"op\":\"add\",\"path\":\"members\",\"value\":[" + members(List.of(alice)) + "]}")),
                400,
                "invalidValue");
        assertEquals(0, totalResults(other.get("/Groups" + filter("displayName eq \"" + "Isolated\""))));
    }

    @Test
    void concurrentMemberChangesLoseNothing() throws Exception {
        String groupId =
                group("Concurrent " + UUID.randomUUID(), UUID.randomUUID().toString());
        List<String> users = createUsers(4000);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            runAll(
                    pool,
                    IntStream.range(0, 8)
                            .mapToObj(client -> (Callable<Void>) () -> {
                                List<String> mine = users.subList(client * 500, (client + 1) * 500);
                                for (int start = 0; start < mine.size(); start += 100) {
                                    Http.Reply reply = patch(
                                            groupId,
                                            "{\"op\":\"Add\",\"path\":\"members\",\"value\":["
                                                    + members(mine.subList(start, start + 100)) + "]}");
                                    assertEquals(204, reply.status(), reply::toString);
                                }
                                return null;
                            })
                            .toList());
            assertEquals(4000, memberIds(groupId).size());

            runAll(
                    pool,
                    IntStream.range(0, 8)
                            .mapToObj(client -> (Callable<Void>) () -> {
                                List<String> mine = users.subList(client * 500, client * 500 + 250);
                                for (int start = 0; start < mine.size(); start += 50) {
                                    String removals = mine.subList(start, start + 50).stream()
                                            .map(id -> "{\"value\":\"" + id + "\"}")
                                            .collect(Collectors.joining(","));
                                    Http.Reply reply = patch(
                                            groupId,
                                            "{\"op\":\"Remove\",\"path\":\"members\",\"value\":[" + removals + "]}");
                                    assertEquals(204, reply.status(), reply::toString);
                                }
                                return null;
                            })
                            .toList());
            assertEquals(2000, memberIds(groupId).size());

            String name = "Race " + UUID.randomUUID();
            List<Future<Http.Reply>> racing = pool.invokeAll(List.of(
                    () -> scim.post("/Groups", "{\"displayName\":\"" + name + "\"}"),
                    () -> scim.post("/Groups", "{\"displayName\":\"" + name + "\"}")));
            List<Integer> statuses = new ArrayList<>();
            for (Future<Http.Reply> reply : racing) {
                statuses.add(reply.get().status());
            }
            statuses.sort(Integer::compare);
            assertEquals(List.of(201, 409), statuses);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aTwentyThousandMemberGroupChangesOneMemberAtATime() throws Exception {
        String big = group("Big " + UUID.randomUUID(), UUID.randomUUID().toString());
        String small = group("Small " + UUID.randomUUID(), UUID.randomUUID().toString());
        List<String> users = createUsers(20_002);
        long started = System.nanoTime();
        for (int start = 0; start < 20_000; start += 100) {
            patchOk(
                    big,
                    "{\"op\":\"Add\",\"path\":\"members\",\"value\":[" + members(users.subList(start, start + 100))
                            + "]}");
        }
        long built = System.nanoTime();
        patchOk(small, "{\"op\":\"Add\",\"path\":\"members\",\"value\":[" + members(users.subList(0, 10)) + "]}");
        String extra = users.get(20_000);
        String other = users.get(20_001);

        long bigAdd = timed(() ->
                patchOk(big, "{\"op\":\"Add\",\"path\":\"members\",\"value\":[" + members(List.of(extra)) + "]}"));
        long bigRemove =
                timed(() -> patchOk(big, "{\"op\":\"remove\",\"path\":\"members[value eq \\\"" + extra + "\\\"]\"}"));
        long smallAdd = timed(() ->
                patchOk(small, "{\"op\":\"Add\",\"path\":\"members\",\"value\":[" + members(List.of(other)) + "]}"));
        long smallRemove =
                timed(() -> patchOk(small, "{\"op\":\"remove\",\"path\":\"members[value eq \\\"" + other + "\\\"]\"}"));
        long read = timed(() -> assertEquals(20_000, memberIds(big).size()));
        long probe = timed(() -> assertEquals(
                1,
                totalResults(scim.get("/Groups?excludedAttributes=members&"
                        + filter("id eq \"" + big + "\" and members[value eq \"" + users.get(12_345) + "\"]")
                                .substring(1)))));
        System.out.printf(
                "20,000-member group: built in 200 PATCHes of 100 in %d ms; add one %.1f ms, remove one"
                        + " %.1f ms (10-member group: add %.1f ms, remove %.1f ms); GET with members %.1f ms;"
                        + " membership probe %.1f ms%n",
                (built - started) / 1_000_000,
                bigAdd / 1e6,
                bigRemove / 1e6,
                smallAdd / 1e6,
                smallRemove / 1e6,
                read / 1e6,
                probe / 1e6);
    }

    private static long timed(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return System.nanoTime() - start;
    }

    private List<String> createUsers(int count) throws Exception {
        String prefix = "load-" + UUID.randomUUID().toString().substring(0, 8);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> ids = pool.invokeAll(IntStream.range(0, count)
                    .mapToObj(i -> (Callable<String>) () -> user(prefix + "-" + i))
                    .toList());
            List<String> result = new ArrayList<>();
            for (Future<String> id : ids) {
                result.add(id.get());
            }
            return result;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void runAll(ExecutorService pool, List<Callable<Void>> tasks) throws Exception {
        for (Future<Void> done : pool.invokeAll(tasks)) {
            done.get();
        }
    }
}
