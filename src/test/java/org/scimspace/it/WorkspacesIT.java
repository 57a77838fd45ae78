package org.scimspace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scimspace.it.ScimAssertions.assertScimError;
import static org.scimspace.it.ScimAssertions.list;
import static org.scimspace.it.ScimAssertions.map;

import java.net.URL;
import java.time.Instant;
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

/** PRODUCT.md rules 1–8 end to end: Entra's SCIM calls on one side, the management API on the other. */
@ExtendWith(ArquillianExtension.class)
class WorkspacesIT {

    private static final String JSON = "application/json";
    private static final String PATCH_OP =
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[%s]}";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ItSettings.war();
    }

    @ArquillianResource
    URL base;

    private Http api;
    private Http scim;

    @BeforeEach
    void newAccount() {
        api = Tenants.newAccount(base.toString());
        Tenants.enableScim(api);
        scim = Tenants.scimClient(base.toString(), api);
    }

    // ---- helpers: Entra's side

    private String user(String name) {
        Http.Reply created = scim.post(
                "/Users",
                "{\"userName\":\"" + name + "@contoso.example\",\"displayName\":\"" + name + "\",\"active\":true}");
        assertEquals(201, created.status(), created::toString);
        return (String) created.json().get("id");
    }

    private String group(String objectId, List<String> members) {
        String memberJson =
                members.stream().map(id -> "{\"value\":\"" + id + "\"}").collect(Collectors.joining(","));
        Http.Reply created = scim.post(
                "/Groups",
                "{\"displayName\":\"Group " + objectId + "\",\"externalId\":\"" + objectId + "\",\"members\":["
                        + memberJson + "]}");
        assertEquals(201, created.status(), created::toString);
        return (String) created.json().get("id");
    }

    private void groupPatch(String groupId, String operation) {
        Http.Reply reply = scim.patch("/Groups/" + groupId, PATCH_OP.formatted(operation));
        assertEquals(204, reply.status(), reply::toString);
    }

    private void addToGroup(String groupId, String... userIds) {
        groupPatch(
                groupId,
                "{\"op\":\"Add\",\"path\":\"members\",\"value\":["
                        + Set.of(userIds).stream()
                                .map(id -> "{\"value\":\"" + id + "\"}")
                                .collect(Collectors.joining(","))
                        + "]}");
    }

    private void removeFromGroup(String groupId, String userId) {
        groupPatch(groupId, "{\"op\":\"Remove\",\"path\":\"members\",\"value\":[{\"value\":\"" + userId + "\"}]}");
    }

    private void setActive(String userId, String value) {
        Http.Reply reply = scim.patch(
                "/Users/" + userId,
                PATCH_OP.formatted("{\"op\":\"Replace\",\"path\":\"active\",\"value\":" + value + "}"));
        assertEquals(200, reply.status(), reply::toString);
    }

    // ---- helpers: the console's side

    private String workspace(String name) {
        Http.Reply created = api.send("POST", "/workspaces", "{\"name\":\"" + name + "\"}", JSON);
        assertEquals(201, created.status(), created::toString);
        Map<String, Object> body = created.json();
        assertEquals(List.of(), body.get("groupLimits"));
        assertEquals(false, body.get("connected"));
        return (String) body.get("id");
    }

    private Map<String, Object> setLimits(String workspaceId, String... objectIds) {
        String body = Set.of(objectIds).stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(",", "[", "]"));
        Http.Reply reply = api.send("PUT", "/workspaces/" + workspaceId + "/group-limits", body, JSON);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    private Map<String, Map<String, Object>> members(String workspaceId) {
        Http.Reply reply = api.get("/workspaces/" + workspaceId + "/members?size=500");
        assertEquals(200, reply.status(), reply::toString);
        return list(reply.json().get("items")).stream()
                .collect(Collectors.toMap(m -> (String) m.get("userId"), m -> m));
    }

    private Http.Reply addByHand(String workspaceId, String field, String value) {
        return api.send(
                "POST", "/workspaces/" + workspaceId + "/members", "{\"" + field + "\":\"" + value + "\"}", JSON);
    }

    private static String objectId() {
        return UUID.randomUUID().toString();
    }

    // ---- the rules

    @Test
    void rule1_scimOnlyWorksWhileEnabled() {
        assertEquals(200, scim.get("/Users").status());
        assertEquals(
                200,
                api.send("PUT", "/account/scim", "{\"enabled\":false}", JSON).status());
        assertScimError(scim.get("/Users"), 401, null);
        assertEquals(
                200,
                api.send("PUT", "/account/scim", "{\"enabled\":true}", JSON).status());
        assertEquals(200, scim.get("/Users").status());
    }

    @Test
    void rule2_severalTokensAreValidAtOnceForRotation() {
        Http second = Tenants.scimClient(base.toString(), api);
        assertEquals(200, scim.get("/Users").status());
        assertEquals(200, second.get("/Users").status());
        String firstId = (String)
                list(api.get("/account/scim-tokens").json().get("items")).get(0).get("id");
        assertEquals(204, api.delete("/account/scim-tokens/" + firstId).status());
        assertScimError(scim.get("/Users"), 401, null);
        assertEquals(200, second.get("/Users").status());
    }

    @Test
    void rule3_scimAddsParticipantsAndAChangedRoleSurvivesSyncs() {
        String alice = user("r3a-" + UUID.randomUUID());
        String bob = user("r3b-" + UUID.randomUUID());
        String objectId = objectId();
        String groupId = group(objectId, List.of(alice));
        String workspaceId = workspace("Rule 3 " + UUID.randomUUID());
        setLimits(workspaceId, objectId);
        assertEquals("participant", members(workspaceId).get(alice).get("role"));
        Map<String, Object> joined = list(api.get("/log?type=MEMBERSHIP&workspaceId=" + workspaceId)
                        .json()
                        .get("items"))
                .get(0);
        assertEquals(alice, joined.get("userId"));
        assertTrue(((String) joined.get("detail")).startsWith("joined Rule 3 "), joined::toString);

        Http.Reply promoted =
                api.send("PATCH", "/workspaces/" + workspaceId + "/members/" + alice, "{\"role\":\"admin\"}", JSON);
        assertEquals(200, promoted.status(), promoted::toString);
        addToGroup(groupId, alice, bob);
        groupPatch(groupId, "{\"op\":\"Replace\",\"path\":\"displayName\",\"value\":\"Renamed " + objectId + "\"}");
        setLimits(workspaceId, objectId);
        Map<String, Map<String, Object>> members = members(workspaceId);
        assertEquals("admin", members.get(alice).get("role"));
        assertEquals("participant", members.get(bob).get("role"));
        assertEquals(List.of(objectId), members.get(alice).get("viaGroups"));
        assertEquals(
                400,
                api.send("PATCH", "/workspaces/" + workspaceId + "/members/" + alice, "{\"role\":\"owner\"}", JSON)
                        .status());
    }

    @Test
    void rule4_aPendingLimitTakesEffectWhenTheGroupArrives() {
        String alice = user("r4-" + UUID.randomUUID());
        String objectId = objectId();
        String workspaceId = workspace("Rule 4 " + UUID.randomUUID());
        Map<String, Object> limit = list(setLimits(workspaceId, objectId.toUpperCase())
                        .get("groupLimits"))
                .get(0);
        assertEquals(objectId, limit.get("objectId"));
        assertEquals(true, limit.get("pending"));
        assertEquals(null, limit.get("groupId"));
        assertTrue(members(workspaceId).isEmpty());

        String groupId = group(objectId, List.of(alice));
        Map<String, Object> arrived = list(api.get("/workspaces/" + workspaceId + "/group-limits")
                        .json()
                        .get("groupLimits"))
                .get(0);
        assertEquals(false, arrived.get("pending"));
        assertEquals(groupId, arrived.get("groupId"));
        assertEquals("Group " + objectId, arrived.get("displayName"));
        assertEquals(Set.of(alice), members(workspaceId).keySet());

        // a group whose externalId changes to a pending limit's object ID counts as arriving
        String later = objectId();
        String other = group(objectId(), List.of(user("r4b-" + UUID.randomUUID())));
        String secondWorkspace = workspace("Rule 4b " + UUID.randomUUID());
        setLimits(secondWorkspace, later);
        groupPatch(other, "{\"op\":\"Replace\",\"path\":\"externalId\",\"value\":\"" + later + "\"}");
        assertEquals(1, members(secondWorkspace).size());
    }

    @Test
    void rule5_leavingTheGroupTheLimitsOrEntraRemovesUnlessAddedByHand() {
        String alice = user("r5a-" + UUID.randomUUID());
        String bob = user("r5b-" + UUID.randomUUID());
        String carol = user("r5c-" + UUID.randomUUID());
        String sales = objectId();
        String support = objectId();
        String salesId = group(sales, List.of(alice, bob, carol));
        String supportId = group(support, List.of(bob));
        String workspaceId = workspace("Rule 5 " + UUID.randomUUID());
        setLimits(workspaceId, sales, support);
        Http.Reply markedManual = addByHand(workspaceId, "userId", carol);
        assertEquals(200, markedManual.status(), "already a member via Sales: now also added by hand");
        assertEquals(true, markedManual.json().get("manual"));

        removeFromGroup(salesId, alice);
        removeFromGroup(salesId, bob);
        removeFromGroup(salesId, carol);
        Map<String, Map<String, Object>> members = members(workspaceId);
        assertEquals(Set.of(bob, carol), members.keySet(), "bob stays via Support, carol was added by hand");
        assertEquals(List.of(support), members.get(bob).get("viaGroups"));
        assertEquals(true, members.get(carol).get("manual"));

        addToGroup(salesId, alice);
        setLimits(workspaceId, sales);
        assertEquals(Set.of(alice, carol), members(workspaceId).keySet(), "Support left the limits");

        assertEquals(204, scim.delete("/Groups/" + salesId).status());
        assertEquals(Set.of(carol), members(workspaceId).keySet(), "the group was deleted");
        assertEquals(204, scim.delete("/Groups/" + supportId).status());
    }

    @Test
    void rule6_connectedWorkspacesTakeManualAddsButRefuseManualRemovals() {
        String alice = user("r6a-" + UUID.randomUUID());
        String bobName = "r6b-" + UUID.randomUUID();
        String bob = user(bobName);
        String objectId = objectId();
        group(objectId, List.of(alice));
        String workspaceId = workspace("Rule 6 " + UUID.randomUUID());
        setLimits(workspaceId, objectId);

        Http.Reply invited = addByHand(workspaceId, "email", "guest-" + UUID.randomUUID() + "@partner.example");
        assertEquals(201, invited.status(), invited::toString);
        assertEquals(true, invited.json().get("invited"));
        Http.Reply again = addByHand(workspaceId, "userId", alice);
        assertEquals(200, again.status(), again::toString);
        assertEquals(true, again.json().get("manual"));
        Http.Reply byUserName = addByHand(workspaceId, "userName", bobName.toUpperCase() + "@contoso.example");
        assertEquals(201, byUserName.status(), byUserName::toString);
        assertEquals(bob, byUserName.json().get("userId"));
        assertEquals(
                404,
                addByHand(workspaceId, "userName", "nobody@contoso.example").status());

        Http.Reply refused = api.delete("/workspaces/" + workspaceId + "/members/" + alice);
        assertEquals(409, refused.status());
        assertTrue(((String) refused.json().get("detail")).contains("Entra"));

        String manualOnly = workspace("Rule 6 manual " + UUID.randomUUID());
        assertEquals(201, addByHand(manualOnly, "userId", bob).status());
        assertEquals(
                204, api.delete("/workspaces/" + manualOnly + "/members/" + bob).status());
        assertEquals(
                404, api.delete("/workspaces/" + manualOnly + "/members/" + bob).status());

        assertEquals(
                200,
                api.send("PUT", "/account/scim", "{\"enabled\":false}", JSON).status());
        assertEquals(
                Set.of(alice, bob, (String) invited.json().get("userId")),
                members(workspaceId).keySet(),
                "switching SCIM off leaves memberships as they are");
        assertEquals(
                204,
                api.delete("/workspaces/" + workspaceId + "/members/" + alice).status());
    }

    @Test
    void rule7_deactivationRemovesEverywhereAndReactivationRestoresOnlyGroupMemberships() {
        String alice = user("r7-" + UUID.randomUUID());
        String objectId = objectId();
        group(objectId, List.of(alice));
        String viaGroup = workspace("Rule 7 group " + UUID.randomUUID());
        String byHand = workspace("Rule 7 hand " + UUID.randomUUID());
        setLimits(viaGroup, objectId);
        assertEquals(201, addByHand(byHand, "userId", alice).status());
        assertEquals(
                200,
                api.send("PATCH", "/workspaces/" + viaGroup + "/members/" + alice, "{\"role\":\"admin\"}", JSON)
                        .status());

        setActive(alice, "\"False\"");
        assertTrue(members(viaGroup).isEmpty());
        assertTrue(members(byHand).isEmpty());
        List<Map<String, Object>> lines =
                list(api.get("/log?type=MEMBERSHIP&userId=" + alice).json().get("items"));
        assertEquals("left all workspaces: deactivated in Entra", lines.get(0).get("detail"));
        assertEquals(
                Set.of(viaGroup, byHand),
                lines.stream().limit(2).map(l -> l.get("workspaceId")).collect(Collectors.toSet()));
        assertTrue(((String) lines.get(0).get("actor")).startsWith("scim-token:"));
        assertEquals(409, addByHand(byHand, "userId", alice).status(), "a deactivated user cannot be invited");

        setActive(alice, "\"True\"");
        assertEquals("participant", members(viaGroup).get(alice).get("role"));
        assertTrue(members(byHand).isEmpty());

        assertEquals(201, addByHand(byHand, "userId", alice).status());
        assertEquals(204, scim.delete("/Users/" + alice).status());
        assertTrue(members(viaGroup).isEmpty());
        assertTrue(members(byHand).isEmpty());
    }

    @Test
    void rule8_eachLimitShowsItsGroupSizeAndWhenEntraLastChangedIt() {
        String objectId = objectId();
        String groupId = group(objectId, List.of(user("r8-" + UUID.randomUUID())));
        String workspaceId = workspace("Rule 8 " + UUID.randomUUID());
        Map<String, Object> limit =
                list(setLimits(workspaceId, objectId).get("groupLimits")).get(0);
        assertEquals(1, ((Number) limit.get("memberCount")).intValue());
        String before = (String) limit.get("lastChangedByEntra");
        addToGroup(groupId, user("r8b-" + UUID.randomUUID()));
        Map<String, Object> after = list(api.get("/workspaces/" + workspaceId + "/group-limits")
                        .json()
                        .get("groupLimits"))
                .get(0);
        assertEquals(2, ((Number) after.get("memberCount")).intValue());
        // as instants: ISO texts of different fraction lengths ("…10.950Z", "…10.950123Z") do not sort as times
        Instant changed = Instant.parse((String) after.get("lastChangedByEntra"));
        assertFalse(changed.isBefore(Instant.parse(before)), () -> before + " → " + changed);
    }

    @Test
    void dryRunPreviewsWhoJoinsAndLeavesAndChangesNothing() {
        String alice = user("dry-a-" + UUID.randomUUID());
        String bob = user("dry-b-" + UUID.randomUUID());
        String first = objectId();
        String second = objectId();
        group(first, List.of(alice));
        group(second, List.of(bob));
        String workspaceId = workspace("Dry " + UUID.randomUUID());
        setLimits(workspaceId, first);

        Http.Reply preview = api.send(
                "PUT", "/workspaces/" + workspaceId + "/group-limits?dryRun=true", "[\"" + second + "\"]", JSON);
        assertEquals(200, preview.status(), preview::toString);
        assertEquals(true, preview.json().get("dryRun"));
        assertEquals(1, ((Number) map(preview.json().get("joining")).get("count")).intValue());
        assertEquals(
                bob,
                list(map(preview.json().get("joining")).get("users")).get(0).get("userId"));
        assertEquals(
                alice,
                list(map(preview.json().get("leaving")).get("users")).get(0).get("userId"));
        assertEquals(Set.of(alice), members(workspaceId).keySet());
        assertEquals(
                List.of(first), api.get("/workspaces/" + workspaceId).json().get("groupLimits"));
    }

    @Test
    void invalidInputIsRefusedNamingItAndChangesNothing() {
        String objectId = objectId();
        String workspaceId = workspace("Invalid " + UUID.randomUUID());
        setLimits(workspaceId, objectId);
        Http.Reply bad = api.send(
                "PUT",
                "/workspaces/" + workspaceId + "/group-limits",
                "[\"" + objectId() + "\", \"Sales team\"]",
                JSON);
        assertEquals(400, bad.status());
        assertTrue(((String) bad.json().get("detail")).contains("Sales team"));
        assertEquals(
                List.of(objectId), api.get("/workspaces/" + workspaceId).json().get("groupLimits"));
        assertEquals(
                400,
                api.send("PUT", "/workspaces/" + workspaceId + "/group-limits", "{\"a\":1}", JSON)
                        .status());
        String name = "Duplicate " + UUID.randomUUID();
        workspace(name);
        assertEquals(
                409,
                api.send("POST", "/workspaces", "{\"name\":\"" + name.toUpperCase() + "\"}", JSON)
                        .status());
        assertEquals(
                400, api.send("POST", "/workspaces", "{\"name\":\"\"}", JSON).status());
        assertEquals(400, addByHand(workspaceId, "email", "not-an-address").status());
        assertEquals(
                404,
                addByHand(workspaceId, "userId", UUID.randomUUID().toString()).status());
        assertEquals(
                400,
                api.get("/workspaces/" + workspaceId + "/members?source=elsewhere")
                        .status());
        assertEquals(400, api.get("/workspaces?size=100000").status());
    }

    @Test
    void membersFilterByRoleAndSource() {
        String alice = user("flt-a-" + UUID.randomUUID());
        String bob = user("flt-b-" + UUID.randomUUID());
        String objectId = objectId();
        group(objectId, List.of(alice));
        String workspaceId = workspace("Filter " + UUID.randomUUID());
        setLimits(workspaceId, objectId);
        addByHand(workspaceId, "userId", bob);
        addByHand(workspaceId, "email", "flt-guest-" + UUID.randomUUID() + "@partner.example");
        api.send("PATCH", "/workspaces/" + workspaceId + "/members/" + bob, "{\"role\":\"admin\"}", JSON);

        assertEquals(
                3,
                ((Number) api.get("/workspaces/" + workspaceId + "/members")
                                .json()
                                .get("total"))
                        .intValue());
        assertEquals(
                bob,
                list(api.get("/workspaces/" + workspaceId + "/members?role=admin")
                                .json()
                                .get("items"))
                        .get(0)
                        .get("userId"));
        assertEquals(
                alice,
                list(api.get("/workspaces/" + workspaceId + "/members?source=group")
                                .json()
                                .get("items"))
                        .get(0)
                        .get("userId"));
        assertEquals(
                2,
                ((Number) api.get("/workspaces/" + workspaceId + "/members?source=manual")
                                .json()
                                .get("total"))
                        .intValue());
        assertEquals(
                1,
                ((Number) api.get("/workspaces/" + workspaceId + "/members?source=invited")
                                .json()
                                .get("total"))
                        .intValue());
        Http.Reply firstPage = api.get("/workspaces/" + workspaceId + "/members?size=2&page=2");
        assertEquals(1, list(firstPage.json().get("items")).size());
    }

    @Test
    void accountsNeverSeeEachOthersWorkspaces() {
        String workspaceId = workspace("Mine " + UUID.randomUUID());
        Http other = Tenants.newAccount(base.toString());
        assertEquals(404, other.get("/workspaces/" + workspaceId).status());
        assertEquals(404, other.get("/workspaces/" + workspaceId + "/members").status());
        assertEquals(
                404,
                other.send("PUT", "/workspaces/" + workspaceId + "/group-limits", "[]", JSON)
                        .status());
        assertEquals(404, other.delete("/workspaces/" + workspaceId).status());
        assertEquals(0, ((Number) other.get("/workspaces").json().get("total")).intValue());
        assertEquals(204, api.delete("/workspaces/" + workspaceId).status());
        assertEquals(404, api.get("/workspaces/" + workspaceId).status());
    }

    @Test
    void aTenThousandMemberGroupLinkedToThreeWorkspaces() throws Exception {
        String objectId = objectId();
        String groupId = group(objectId, List.of());
        List<String> users = createUsers(10_001);
        for (int start = 0; start < 10_000; start += 100) {
            addToGroup(groupId, users.subList(start, start + 100).toArray(String[]::new));
        }
        List<String> workspaces =
                List.of(workspace("Big 1 " + objectId), workspace("Big 2 " + objectId), workspace("Big 3 " + objectId));
        long linkStart = System.nanoTime();
        for (String workspaceId : workspaces) {
            setLimits(workspaceId, objectId);
        }
        long linked = System.nanoTime();
        for (String workspaceId : workspaces) {
            assertEquals(
                    10_000,
                    ((Number) api.get("/workspaces/" + workspaceId).json().get("memberCount")).intValue());
        }
        long addStart = System.nanoTime();
        addToGroup(groupId, users.get(10_000));
        long added = System.nanoTime();
        removeFromGroup(groupId, users.get(0));
        long removed = System.nanoTime();
        for (String workspaceId : workspaces) {
            assertEquals(
                    10_000,
                    ((Number) api.get("/workspaces/" + workspaceId).json().get("memberCount")).intValue());
        }
        long clearStart = System.nanoTime();
        for (String workspaceId : workspaces) {
            setLimits(workspaceId);
        }
        long cleared = System.nanoTime();
        for (String workspaceId : workspaces) {
            assertEquals(
                    0, ((Number) api.get("/workspaces/" + workspaceId).json().get("memberCount")).intValue());
        }
        System.out.printf(
                "10,000-member group in 3 workspaces: linking %.0f ms per workspace; one member added"
                        + " %.1f ms, one removed %.1f ms (all 3 workspaces); limits cleared %.0f ms per workspace%n",
                (linked - linkStart) / 3e6,
                (added - addStart) / 1e6,
                (removed - added) / 1e6,
                (cleared - clearStart) / 3e6);
    }

    private List<String> createUsers(int count) throws Exception {
        String prefix = "ws-" + UUID.randomUUID().toString().substring(0, 8);
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
}
