package org.scimspace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scimspace.it.ScimAssertions.list;
import static org.scimspace.it.ScimAssertions.map;

import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Remote source sync over the management API: a workspace's profile fields, the member view
 * that shows their values, and the members list's "remote" source.
 */
@ExtendWith(ArquillianExtension.class)
class RemoteSyncIT {

    private static final String JSON = "application/json";
    private static final String FIELDS =
            """
            {"profileFields":[
              {"name":"Company","type":"text"},
              {"name":"Interests","type":"choice","allowedValues":["Singing","Music","Poetry"]}]}""";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ItSettings.war();
    }

    @ArquillianResource
    URL base;

    private Http api;
    private String workspace;

    @BeforeEach
    void account() {
        api = Tenants.newAccount(base.toString());
        Http.Reply created = api.send("POST", "/workspaces", "{\"name\":\"Choir\"}", JSON);
        assertEquals(201, created.status(), created::toString);
        workspace = (String) created.json().get("id");
    }

    @Test
    void profileFieldsAreReplacedWholeAndReadBack() {
        assertEquals(Map.of("profileFields", List.of()), get("/profile-fields").json());

        Http.Reply saved = put("/profile-fields", FIELDS);
        assertEquals(200, saved.status(), saved::toString);
        List<Map<String, Object>> fields = list(saved.json().get("profileFields"));
        assertEquals(
                List.of(
                        field("Company", "text", List.of()),
                        field("Interests", "choice", List.of("Singing", "Music", "Poetry"))),
                fields);
        assertEquals(saved.json(), get("/profile-fields").json());

        Http.Reply renamed = put(
                "/profile-fields",
                "{\"profileFields\":[{\"name\":\"interests\",\"type\":\"choice\",\"allowedValues\":[\"Music\"]}]}");
        assertEquals(200, renamed.status(), renamed::toString);
        assertEquals(
                List.of(field("interests", "choice", List.of("Music"))),
                list(get("/profile-fields").json().get("profileFields")));
        Http.Reply logged = api.get("/log?type=WORKSPACE&workspaceId=" + workspace);
        assertTrue(
                list(logged.json().get("items")).stream()
                        .anyMatch(line -> "set profile fields".equals(line.get("operation"))),
                logged::toString);
    }

    @Test
    void invalidProfileFieldsAreRefusedAndChangeNothing() {
        assertEquals(200, put("/profile-fields", FIELDS).status());
        Map<String, Object> before = get("/profile-fields").json();
        assertRefused(
                put("/profile-fields", "{\"profileFields\":[{\"name\":\"Email\",\"type\":\"text\"}]}"),
                "profileFields[0].name");
        assertRefused(
                put("/profile-fields", "{\"profileFields\":[{\"name\":\"Age\",\"type\":\"number\"}]}"),
                "profileFields[0].type");
        assertRefused(
                put(
                        "/profile-fields",
                        "{\"profileFields\":[{\"name\":\"Level\",\"type\":\"choice\",\"allowedValues\":[]}]}"),
                "profileFields[0].allowedValues");
        assertRefused(put("/profile-fields", "[\"Company\"]"), null);
        assertRefused(put("/profile-fields", "not json"), null);
        assertEquals(before, get("/profile-fields").json());
    }

    @Test
    void anotherAccountsWorkspaceIsNotFound() {
        Http stranger = Tenants.newAccount(base.toString());
        assertEquals(
                404,
                stranger.get("/workspaces/" + workspace + "/profile-fields").status());
        Http.Reply refused = stranger.send("PUT", "/workspaces/" + workspace + "/profile-fields", FIELDS, JSON);
        assertEquals(404, refused.status(), refused::toString);
        assertEquals("application/problem+json", refused.header("Content-Type"));
        assertEquals(Map.of("profileFields", List.of()), get("/profile-fields").json());
        assertEquals(
                404,
                api.get("/workspaces/" + java.util.UUID.randomUUID() + "/profile-fields")
                        .status());
    }

    @Test
    void aMembersViewShowsTheWorkspacesProfileFields() {
        put("/profile-fields", FIELDS);
        Http.Reply invited = api.send(
                "POST", "/workspaces/" + workspace + "/members", "{\"email\":\"guest@fabrikam.example\"}", JSON);
        assertEquals(201, invited.status(), invited::toString);
        String userId = (String) invited.json().get("userId");
        assertEquals(false, invited.json().get("synced"));

        Http.Reply member = get("/members/" + userId);
        assertEquals(200, member.status(), member::toString);
        Map<String, Object> body = member.json();
        assertEquals("guest@fabrikam.example", body.get("userName"));
        assertEquals(false, body.get("synced"));
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("Company", List.of());
        expected.put("Interests", List.of());
        assertEquals(expected, map(body.get("profile")));

        assertEquals(404, get("/members/" + java.util.UUID.randomUUID()).status());
        Http stranger = Tenants.newAccount(base.toString());
        assertEquals(
                404,
                stranger.get("/workspaces/" + workspace + "/members/" + userId).status());
    }

    @Test
    void theMembersListFiltersByTheRemoteSource() {
        api.send("POST", "/workspaces/" + workspace + "/members", "{\"email\":\"guest@fabrikam.example\"}", JSON);
        Http.Reply remote = get("/members?source=remote");
        assertEquals(200, remote.status(), remote::toString);
        assertEquals(0, ((Number) remote.json().get("total")).intValue(), remote::toString);
        Http.Reply wrong = get("/members?source=sftp");
        assertEquals(400, wrong.status());
        assertTrue(((String) wrong.json().get("detail")).contains("remote"), wrong::toString);
    }

    @Test
    void aWorkspaceWithProfileFieldsIsDeleted() {
        put("/profile-fields", FIELDS);
        assertEquals(204, api.delete("/workspaces/" + workspace).status());
        assertEquals(404, get("/profile-fields").status());
    }

    private Http.Reply get(String path) {
        return api.get("/workspaces/" + workspace + path);
    }

    private Http.Reply put(String path, String body) {
        return api.send("PUT", "/workspaces/" + workspace + path, body, JSON);
    }

    private static Map<String, Object> field(String name, String type, List<String> allowedValues) {
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("name", name);
        field.put("type", type);
        field.put("allowedValues", allowedValues);
        return field;
    }

    private static void assertRefused(Http.Reply reply, String field) {
        assertEquals(400, reply.status(), reply::toString);
        assertEquals("application/problem+json", reply.header("Content-Type"));
        assertEquals(field, reply.json().get("field"), reply::toString);
    }
}
