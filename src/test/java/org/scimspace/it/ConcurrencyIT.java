package org.scimspace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scimspace.it.ScimAssertions.assertScimError;
import static org.scimspace.it.ScimAssertions.list;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Races whose outcome must not depend on timing: only the end state and the status classes
 * are asserted, never how long anything took. Concurrent member adds on one group are
 * covered by {@code ScimGroupsIT.concurrentMemberChangesLoseNothing}.
 */
@ExtendWith(ArquillianExtension.class)
class ConcurrencyIT {

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
    private ExecutorService pool;

    @BeforeEach
    void newAccount() {
        api = Tenants.newAccount(base.toString());
        Tenants.enableScim(api);
        scim = Tenants.scimClient(base.toString(), api);
        pool = Executors.newFixedThreadPool(20);
    }

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void twentyIdenticalCreatesMakeOneUserAndNineteenConflicts() throws Exception {
        String body = "{\"userName\":\"twin-" + UUID.randomUUID() + "@contoso.example\",\"displayName\":\"Twin\"}";
        List<Http.Reply> replies = all(IntStream.range(0, 20)
                .mapToObj(i -> (Callable<Http.Reply>) () -> scim.post("/Users", body))
                .toList());
        List<Http.Reply> created =
                replies.stream().filter(r -> r.status() == 201).toList();
        assertEquals(1, created.size(), replies::toString);
        replies.stream().filter(r -> r.status() != 201).forEach(r -> assertScimError(r, 409, "uniqueness"));
        String filter = "?filter="
                + java.net.URLEncoder.encode(
                        "userName eq \"" + created.get(0).json().get("userName") + "\"",
                        java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(1, ScimAssertions.totalResults(scim.get("/Users" + filter)));
    }

    /**
     * A role change through the management API racing the user's removal from the limit
     * group through SCIM: whichever wins, no 5xx, and the user ends outside the workspace
     * (she was never added by hand), while the workspace's member count matches its listing.
     */
    @Test
    void aRoleChangeRacingAGroupRemovalEndsConsistent() throws Exception {
        String objectId = UUID.randomUUID().toString();
        String alice = user("race-" + UUID.randomUUID());
        String bob = user("stays-" + UUID.randomUUID());
        String groupId = created(scim.post(
                "/Groups",
                "{\"displayName\":\"Race " + objectId + "\",\"externalId\":\"" + objectId
                        + "\",\"members\":[{\"value\":\"" + bob + "\"}]}"));
        String workspaceId = created(api.send("POST", "/workspaces", "{\"name\":\"Race " + objectId + "\"}", JSON));
        Http.Reply limited =
                api.send("PUT", "/workspaces/" + workspaceId + "/group-limits", "[\"" + objectId + "\"]", JSON);
        assertEquals(200, limited.status(), limited::toString);

        for (int round = 0; round < 30; round++) {
            groupPatch(groupId, "{\"op\":\"Add\",\"path\":\"members\",\"value\":[{\"value\":\"" + alice + "\"}]}");
            assertTrue(members(workspaceId).containsKey(alice), "round " + round + ": alice joined");
            List<Http.Reply> raced = all(List.of(
                    () -> api.send(
                            "PATCH", "/workspaces/" + workspaceId + "/members/" + alice, "{\"role\":\"admin\"}", JSON),
                    () -> scim.patch(
                            "/Groups/" + groupId,
                            PATCH_OP.formatted("{\"op\":\"Remove\",\"path\":\"members\",\"value\":[{\"value\":\""
                                    + alice + "\"}]}"))));
            for (Http.Reply reply : raced) {
                assertTrue(reply.status() < 500, "round " + round + ": " + reply);
            }
            assertEquals(204, raced.get(1).status(), raced.get(1)::toString);
            assertTrue(
                    raced.get(0).status() == 200 || raced.get(0).status() == 404,
                    "round " + round + ": " + raced.get(0));

            Map<String, Map<String, Object>> members = members(workspaceId);
            assertFalse(members.containsKey(alice), "round " + round + ": alice left with the group: " + members);
            assertEquals("participant", members.get(bob).get("role"));
            Map<String, Object> workspace =
                    api.get("/workspaces/" + workspaceId).json();
            assertEquals(
                    members.size(),
                    ((Number) workspace.get("memberCount")).intValue(),
                    "round " + round + ": " + workspace);
        }
    }

    private String user(String name) {
        return created(scim.post("/Users", "{\"userName\":\"" + name + "@contoso.example\",\"active\":true}"));
    }

    private void groupPatch(String groupId, String operation) {
        Http.Reply reply = scim.patch("/Groups/" + groupId, PATCH_OP.formatted(operation));
        assertEquals(204, reply.status(), reply::toString);
    }

    private Map<String, Map<String, Object>> members(String workspaceId) {
        Http.Reply reply = api.get("/workspaces/" + workspaceId + "/members?size=500");
        assertEquals(200, reply.status(), reply::toString);
        return list(reply.json().get("items")).stream()
                .collect(Collectors.toMap(m -> (String) m.get("userId"), m -> m));
    }

    private <T> List<T> all(List<Callable<T>> tasks) throws Exception {
        List<T> results = new ArrayList<>();
        for (Future<T> result : pool.invokeAll(tasks)) {
            results.add(result.get());
        }
        return results;
    }

    private static String created(Http.Reply reply) {
        assertEquals(201, reply.status(), reply::toString);
        return (String) reply.json().get("id");
    }
}
