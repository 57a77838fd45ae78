package org.scimspace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scimspace.it.ScimAssertions.assertScimError;
import static org.scimspace.it.ScimAssertions.list;
import static org.scimspace.it.ScimAssertions.map;
import static org.scimspace.it.ScimAssertions.resources;
import static org.scimspace.it.ScimAssertions.totalResults;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Entra user lifecycle against the real WAR over HTTP, as ENTRA.md describes it. */
@ExtendWith(ArquillianExtension.class)
class ScimUsersIT {

    private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

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

    static String fixture(String name) {
        try (InputStream in = ScimUsersIT.class.getResourceAsStream("/entra/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String filter(String filter) {
        // Entra encodes spaces as '+'
        return "?filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8);
    }

    private Map<String, Object> createFromFixture() {
        Http.Reply created = scim.post("/Users", fixture("user-create.json"));
        assertEquals(201, created.status(), created::toString);
        return created.json();
    }

    private String createUser(String userName) {
        Http.Reply created = scim.post(
                "/Users",
                "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"]," + "\"userName\":\"" + userName
                        + "\",\"active\":true,\"displayName\":\"" + userName + "\"}");
        assertEquals(201, created.status(), created::toString);
        return (String) created.json().get("id");
    }

    private Map<String, Object> patch(String id, String body) {
        Http.Reply patched = scim.patch("/Users/" + id, body);
        assertEquals(200, patched.status(), patched::toString);
        return patched.json();
    }

    @Test
    void testConnectionProbeAnswersAnEmptyList() {
        Http.Reply probe = scim.get("/Users?filter=userName+eq+%22" + UUID.randomUUID() + "%22");
        assertEquals(200, probe.status(), probe::toString);
        assertEquals("application/scim+json", probe.header("Content-Type"));
        Map<String, Object> body = probe.json();
        assertEquals(List.of("urn:ietf:params:scim:api:messages:2.0:ListResponse"), body.get("schemas"));
        assertEquals(0, ((Number) body.get("totalResults")).intValue());
        assertEquals(List.of(), body.get("Resources"));
        assertEquals(
                200,
                scim.get("/Users?aadOptscim062020&filter=userName+eq+%22x%22").status());
    }

    @Test
    void createReturnsTheFullResourceWithLocationAndEtag() {
        Http.Reply created = scim.post("/Users", fixture("user-create.json"));
        assertEquals(201, created.status(), created::toString);
        Map<String, Object> user = created.json();
        String id = (String) user.get("id");
        assertEquals(scim.baseUrl() + "/Users/" + id, created.header("Location"));
        assertEquals(map(user.get("meta")).get("version"), created.header("ETag"));
        assertEquals("jdoe@contoso.example", user.get("userName"));
        assertEquals("jdoe", user.get("externalId"));
        assertEquals(true, user.get("active"));
        assertEquals("Doe", map(user.get("name")).get("familyName"));
        assertEquals(3, list(user.get("phoneNumbers")).size());
        assertEquals("Redmond", list(user.get("addresses")).get(0).get("locality"));
        Map<String, Object> enterprise = map(user.get(ENTERPRISE));
        assertEquals("1701", enterprise.get("employeeNumber"));
        assertEquals(
                Map.of(
                        "value",
                        "8c1b6e4a-1d2f-4d44-9d9c-5f1f0d1c2b3a",
                        "$ref",
                        scim.baseUrl() + "/Users/8c1b6e4a-1d2f-4d44-9d9c-5f1f0d1c2b3a"),
                enterprise.get("manager"));
        assertTrue(list(user.get("schemas")).contains(ENTERPRISE));
        Map<String, Object> meta = map(user.get("meta"));
        assertEquals("User", meta.get("resourceType"));
        assertEquals(scim.baseUrl() + "/Users/" + id, meta.get("location"));
        assertNotNull(meta.get("created"));
        assertTrue(((String) meta.get("version")).startsWith("W/\""));
        assertEquals(user, scim.get("/Users/" + id).json());
    }

    @Test
    void wholeEntraLifecycle() {
        assertEquals(0, totalResults(scim.get("/Users" + filter("userName eq \"jdoe@contoso.example\""))));
        String id = (String) createFromFixture().get("id");
        assertEquals(1, totalResults(scim.get("/Users" + filter("userName eq \"JDOE@contoso.EXAMPLE\""))));
        assertEquals(1, totalResults(scim.get("/Users" + filter("externalId eq \"jdoe\""))));
        assertEquals(0, totalResults(scim.get("/Users" + filter("externalId eq \"JDOE\""))));

        assertEquals(
                "Smith",
                map(patch(id, fixture("patch-replace-familyname.json")).get("name"))
                        .get("familyName"));
        Map<String, Object> afterMulti = patch(id, fixture("patch-pathless-multi.json"));
        assertEquals("Jane Q. Doe", afterMulti.get("displayName"));
        assertEquals("Janet", map(afterMulti.get("name")).get("givenName"));
        assertEquals("Smith", map(afterMulti.get("name")).get("familyName"));
        assertEquals("1702", map(afterMulti.get(ENTERPRISE)).get("employeeNumber"));
        assertEquals("Research", map(afterMulti.get(ENTERPRISE)).get("department"));

        Map<String, Object> disabled = patch(id, fixture("patch-disable-string.json"));
        assertEquals(false, disabled.get("active"));
        assertEquals(false, scim.get("/Users/" + id).json().get("active"));
        assertEquals(
                1,
                totalResults(scim.get("/Users" + filter("userName eq \"jdoe@contoso.example\" and active eq false"))));
        assertEquals(true, patch(id, fixture("patch-enable-string.json")).get("active"));
        assertEquals(false, patch(id, fixture("patch-disable-lowercase.json")).get("active"));
        assertEquals(true, patch(id, fixture("patch-enable-boolean.json")).get("active"));

        Http.Reply deleted = scim.delete("/Users/" + id);
        assertEquals(204, deleted.status());
        assertTrue(deleted.body().isEmpty());
        assertScimError(scim.get("/Users/" + id), 404, null);
        assertEquals(0, totalResults(scim.get("/Users" + filter("userName eq \"jdoe@contoso.example\""))));
        assertScimError(scim.delete("/Users/" + id), 404, null);
    }

    @Test
    void emailOfATypeThatDoesNotExistYetIsCreated() {
        String id = createUser("mail-" + UUID.randomUUID() + "@contoso.example");
        Map<String, Object> user = patch(
                id,
                """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[
                 {"op":"Add","path":"emails[type eq \\"work\\"].value","value":"first@contoso.example"}]}""");
        assertEquals(List.of(Map.of("type", "work", "value", "first@contoso.example")), user.get("emails"));
        user = patch(
                id,
                """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[
                 {"op":"Replace","path":"emails[type eq \\"work\\"].value","value":"second@contoso.example"}]}""");
        assertEquals(List.of(Map.of("type", "work", "value", "second@contoso.example")), user.get("emails"));
        assertEquals(1, totalResults(scim.get("/Users" + filter("emails[type eq \"work\" and value co \"second@\"]"))));
        assertEquals(1, totalResults(scim.get("/Users" + filter("emails.value eq \"SECOND@contoso.example\""))));
    }

    @Test
    void managerInEveryShapeAndItsRemoval() {
        String id = createUser("mgr-" + UUID.randomUUID() + "@contoso.example");
        String managerId = createUser("boss-" + UUID.randomUUID() + "@contoso.example");
        Map<String, Object> viaRef = patch(
                id,
                """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[
                 {"op":"Add","path":"manager","value":[{"$ref":null,"value":"%s"}]}]}"""
                        .formatted(managerId));
        assertEquals(managerId, map(map(viaRef.get(ENTERPRISE)).get("manager")).get("value"));
        assertEquals(
                scim.baseUrl() + "/Users/" + managerId,
                map(map(viaRef.get(ENTERPRISE)).get("manager")).get("$ref"));
        assertEquals(
                1, totalResults(scim.get("/Users" + filter(ENTERPRISE + ":manager.value eq \"" + managerId + "\""))));

        Map<String, Object> viaUrn = patch(
                id,
                """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[
                 {"op":"Replace","path":"%s:manager","value":"other-manager"}]}"""
                        .formatted(ENTERPRISE));
        assertEquals(
                "other-manager", map(map(viaUrn.get(ENTERPRISE)).get("manager")).get("value"));

        Map<String, Object> removed = patch(
                id,
                """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[
                 {"op":"Replace","path":"%s:manager","value":""}]}"""
                        .formatted(ENTERPRISE));
        assertNull(removed.get(ENTERPRISE));
    }

    @Test
    void enterpriseAndCustomExtensionAttributes() {
        String id = createUser("ext-" + UUID.randomUUID() + "@contoso.example");
        Map<String, Object> user = patch(
                id,
                """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[
                 {"op":"Replace","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department","value":"Sales"},
                 {"op":"Add","path":"urn:ietf:params:scim:schemas:extension:acme:2.0:User:costCode","value":"CC-7"}]}""");
        assertEquals("Sales", map(user.get(ENTERPRISE)).get("department"));
        assertEquals(
                "CC-7",
                map(user.get("urn:ietf:params:scim:schemas:extension:acme:2.0:User"))
                        .get("costCode"));
        assertTrue(list(user.get("schemas")).contains("urn:ietf:params:scim:schemas:extension:acme:2.0:User"));
        assertEquals(1, totalResults(scim.get("/Users" + filter(ENTERPRISE + ":department eq \"sales\""))));
        assertEquals(
                1,
                totalResults(scim.get("/Users"
                        + filter("urn:ietf:params:scim:schemas:extension:acme:2.0:User:costCode eq \"CC-7\""))));
    }

    @Test
    void everyCoreAttributeIsStoredAndReturned() {
        String body =
                """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"all-%s@contoso.example",
                 "nickName":"Babs","profileUrl":"https://login.example.com/bjensen","userType":"Employee",
                 "locale":"en-US","timezone":"America/Los_Angeles",
                 "name":{"middleName":"Jane","honorificPrefix":"Ms.","honorificSuffix":"III"},
                 "ims":[{"value":"someaimhandle","type":"aim"}],
                 "photos":[{"value":"https://photos.example.com/profilephoto/72930000000Ccne/F","type":"photo"}],
                 "entitlements":[{"value":"Premium","primary":true}],
                 "roles":[{"value":"Approver","type":"finance"}],
                 "x509Certificates":[{"value":"MIIDQzCCAqygAwIBAgICEAAwDQYJKoZIhvcNAQEFBQAw"}]}"""
                        .formatted(UUID.randomUUID());
        Http.Reply created = scim.post("/Users", body);
        assertEquals(201, created.status(), created::toString);
        Map<String, Object> user =
                scim.get("/Users/" + created.json().get("id")).json();
        assertEquals("Babs", user.get("nickName"));
        assertEquals("America/Los_Angeles", user.get("timezone"));
        assertEquals("III", map(user.get("name")).get("honorificSuffix"));
        assertEquals(List.of(Map.of("value", "Premium", "primary", true)), user.get("entitlements"));
        assertEquals(List.of(Map.of("value", "Approver", "type", "finance")), user.get("roles"));
        assertEquals("someaimhandle", list(user.get("ims")).get(0).get("value"));
        assertEquals(
                "MIIDQzCCAqygAwIBAgICEAAwDQYJKoZIhvcNAQEFBQAw",
                list(user.get("x509Certificates")).get(0).get("value"));
        assertEquals(
                1,
                totalResults(
                        scim.get("/Users" + filter("roles.value eq \"approver\" and entitlements[primary eq true]"))));
    }

    @Test
    void emptyValuesClearAttributes() {
        String id = (String) createFromFixture().get("id");
        Map<String, Object> user = patch(
                id,
                """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[
                 {"op":"Replace","path":"title","value":""},
                 {"op":"Replace","path":"preferredLanguage","value":null}]}""");
        assertFalse(user.containsKey("title"));
        assertFalse(user.containsKey("preferredLanguage"));
        assertEquals(0, totalResults(scim.get("/Users" + filter("title pr"))));
    }

    @Test
    void putReplacesTheWholeResourceAndPasswordIsNeverReturned() {
        String id = (String) createFromFixture().get("id");
        Http.Reply replaced = scim.put(
                "/Users/" + id,
                """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"id":"ignored","userName":"jdoe@contoso.example",
                 "displayName":"Jane Replaced","password":"S3cret!pass","active":true,
                 "meta":{"resourceType":"User","created":"2001-01-01T00:00:00Z"}}""");
        assertEquals(200, replaced.status(), replaced::toString);
        Map<String, Object> user = replaced.json();
        assertEquals(id, user.get("id"));
        assertEquals("Jane Replaced", user.get("displayName"));
        assertFalse(user.containsKey("name"));
        assertFalse(user.containsKey(ENTERPRISE));
        assertFalse(replaced.body().contains("S3cret"));
        assertFalse(scim.get("/Users/" + id).body().contains("password"));
        assertFalse(scim.get("/Users/" + id + "?attributes=password").body().contains("S3cret"));
        assertEquals(0, totalResults(scim.get("/Users" + filter("name.familyName eq \"Doe\""))));
    }

    @Test
    void duplicateUserNameIsAConflictIgnoringCase() {
        String userName = "dup-" + UUID.randomUUID() + "@contoso.example";
        createUser(userName);
        Http.Reply duplicate = scim.post("/Users", "{\"userName\":\"" + userName.toUpperCase() + "\"}");
        assertScimError(duplicate, 409, "uniqueness");
        String other = createUser("other-" + UUID.randomUUID() + "@contoso.example");
        assertScimError(
                scim.patch(
                        "/Users/" + other,
                        """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[
                 {"op":"replace","path":"userName","value":"%s"}]}"""
                                .formatted(userName)),
                409,
                "uniqueness");
        assertEquals(1, totalResults(scim.get("/Users" + filter("userName eq \"" + userName + "\""))));
    }

    @Test
    void badRequestsAreScimErrorsAndChangeNothing() {
        String id = (String) createFromFixture().get("id");
        String before = scim.get("/Users/" + id).body();

        assertScimError(scim.post("/Users", "{\"userName\":"), 400, "invalidSyntax");
        assertScimError(scim.post("/Users", "[1,2]"), 400, "invalidSyntax");
        assertScimError(scim.post("/Users", "{\"displayName\":\"no user name\"}"), 400, "invalidValue");
        assertScimError(scim.post("/Users", "{\"userName\":42}"), 400, "invalidValue");
        assertScimError(scim.post("/Users", "{\"userName\":\"x@y.z\",\"active\":\"maybe\"}"), 400, "invalidValue");
        assertScimError(
                scim.post("/Users", "{\"userName\":\"x@y.z\",\"name\":\"not an object\"}"), 400, "invalidValue");
        assertScimError(scim.post("/Users", "{\"userName\":\"x@y.z\",\"emails\":[5]}"), 400, "invalidValue");
        assertScimError(scim.get("/Users" + filter("userName eq")), 400, "invalidFilter");
        assertScimError(scim.get("/Users" + filter("nosuchattribute eq \"x\"")), 400, "invalidFilter");
        assertScimError(scim.get("/Users" + filter("userName eq \"a\") or (1 eq 1")), 400, "invalidFilter");
        assertScimError(scim.get("/Users?startIndex=abc"), 400, "invalidValue");

        String ops = "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[%s]}";
        assertScimError(
                scim.patch("/Users/" + id, ops.formatted("{\"op\":\"replace\",\"path\":\"bogus[[\",\"value\":1}")),
                400,
                "invalidPath");
        assertScimError(
                scim.patch("/Users/" + id, ops.formatted("{\"op\":\"replace\",\"path\":\"nosuch\",\"value\":1}")),
                400,
                "invalidPath");
        assertScimError(
                scim.patch("/Users/" + id, ops.formatted("{\"op\":\"replace\",\"path\":\"id\",\"value\":\"x\"}")),
                400,
                "mutability");
        assertScimError(scim.patch("/Users/" + id, ops.formatted("{\"op\":\"remove\"}")), 400, "noTarget");
        // the first operation is valid: all or nothing
        assertScimError(
                scim.patch(
                        "/Users/" + id,
                        ops.formatted("{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"Half\"},"
                                + "{\"op\":\"replace\",\"path\":\"active\",\"value\":\"perhaps\"}")),
                400,
                "invalidValue");
        assertScimError(scim.put("/Users/" + id, "{\"displayName\":\"no user name\"}"), 400, "invalidValue");
        assertScimError(scim.send("POST", "/Users", "{\"userName\":\"t@x.y\"}", "text/plain"), 415, null);
        assertScimError(scim.get("/Users/" + UUID.randomUUID()), 404, null);
        assertScimError(
                scim.patch(
                        "/Users/" + UUID.randomUUID(),
                        ops.formatted("{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"x\"}")),
                404,
                null);

        assertEquals(before, scim.get("/Users/" + id).body());
    }

    @Test
    void ifMatchGuardsEveryChange() {
        Http.Reply created = scim.post("/Users", fixture("user-create.json"));
        String id = (String) created.json().get("id");
        String etag = created.header("ETag");
        String body = "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
                + "\"Operations\":[{\"op\":\"replace\",\"path\":\"title\",\"value\":\"Lead\"}]}";
        Http.Reply ok = scim.send("PATCH", "/Users/" + id, body, "application/scim+json", "If-Match", etag);
        assertEquals(200, ok.status(), ok::toString);
        assertScimError(scim.send("PATCH", "/Users/" + id, body, "application/scim+json", "If-Match", etag), 412, null);
        assertScimError(scim.send("DELETE", "/Users/" + id, null, null, "If-Match", etag), 412, null);
        assertEquals(
                204,
                scim.send("DELETE", "/Users/" + id, null, null, "If-Match", ok.header("ETag"))
                        .status());
    }

    @Test
    void pagingCountsEveryMatchAndVisitsEachUserOnce() {
        String prefix = "page-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 27; i++) {
            createUser(prefix + "-" + String.format("%02d", i) + "@contoso.example");
        }
        createUser("outsider-" + UUID.randomUUID() + "@contoso.example");
        String query = "/Users" + filter("userName sw \"" + prefix + "\"") + "&sortBy=userName&count=10&startIndex=";
        Set<Object> seen = new HashSet<>();
        for (int start = 1; start <= 21; start += 10) {
            Http.Reply page = scim.get(query + start);
            assertEquals(27, totalResults(page));
            assertEquals(start, ((Number) page.json().get("startIndex")).intValue());
            List<Map<String, Object>> items = resources(page);
            assertEquals(start == 21 ? 7 : 10, items.size());
            assertEquals(items.size(), ((Number) page.json().get("itemsPerPage")).intValue());
            assertEquals(
                    prefix + "-" + String.format("%02d", start - 1) + "@contoso.example",
                    items.get(0).get("userName"));
            items.forEach(item -> seen.add(item.get("id")));
        }
        assertEquals(27, seen.size());
        Http.Reply totalsOnly = scim.get(query.replace("&count=10", "&count=0") + "1");
        assertEquals(27, totalResults(totalsOnly));
        assertTrue(resources(totalsOnly).isEmpty());
        assertEquals(28, totalResults(scim.get("/Users")));
        List<Map<String, Object>> descending = resources(scim.get(
                "/Users" + filter("userName sw \"" + prefix + "\"") + "&sortBy=userName&sortOrder=descending&count=1"));
        assertEquals(prefix + "-26@contoso.example", descending.get(0).get("userName"));
    }

    @Test
    void searchByPostBehavesLikeGetAndProjectionWorks() {
        String userName = "search-" + UUID.randomUUID() + "@contoso.example";
        String id = createUser(userName);
        Http.Reply searched = scim.post(
                "/Users/.search",
                """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:SearchRequest"],
                 "filter":"userName eq \\"%s\\"","attributes":["userName"],"startIndex":1,"count":5}"""
                        .formatted(userName));
        List<Map<String, Object>> items = resources(searched);
        assertEquals(1, items.size());
        assertEquals(Set.of("schemas", "id", "userName"), items.get(0).keySet());
        assertEquals(id, items.get(0).get("id"));

        Map<String, Object> excluded = scim.get("/Users/" + id + "?excludedAttributes=displayName,meta")
                .json();
        assertFalse(excluded.containsKey("displayName"));
        assertFalse(excluded.containsKey("meta"));
        assertEquals(userName, excluded.get("userName"));
    }

    @Test
    void accountsNeverSeeEachOther() {
        Http other = Tenants.newScimAccount(base.toString());
        String userName = "shared-" + UUID.randomUUID() + "@contoso.example";
        String mine = createUser(userName);
        Http.Reply theirs = other.post("/Users", "{\"userName\":\"" + userName + "\"}");
        assertEquals(201, theirs.status(), "the same userName is free in another account");
        String theirId = (String) theirs.json().get("id");

        assertScimError(other.get("/Users/" + mine), 404, null);
        assertScimError(scim.get("/Users/" + theirId), 404, null);
        assertScimError(other.delete("/Users/" + mine), 404, null);
        assertScimError(other.put("/Users/" + mine, "{\"userName\":\"hijack@x.y\"}"), 404, null);
        assertEquals(1, totalResults(scim.get("/Users")));
        assertEquals(1, totalResults(other.get("/Users")));
        assertEquals(
                mine,
                resources(scim.get("/Users" + filter("userName eq \"" + userName + "\"")))
                        .get(0)
                        .get("id"));
        assertEquals(200, scim.get("/Users/" + mine).status());
    }

    @Test
    void scimSwitchedOffOrRevokedTokensAre401() {
        Http management = Tenants.newAccount(base.toString());
        Tenants.enableScim(management);
        Http client = Tenants.scimClient(base.toString(), management);
        assertEquals(200, client.get("/Users").status());

        assertEquals(
                200,
                management
                        .send("PUT", "/account/scim", "{\"enabled\":false}", "application/json")
                        .status());
        Http.Reply off = client.get("/Users");
        assertScimError(off, 401, null);
        assertTrue(off.header("WWW-Authenticate").startsWith("Bearer"));
        assertEquals(
                200,
                management
                        .send("PUT", "/account/scim", "{\"enabled\":true}", "application/json")
                        .status());
        assertEquals(200, client.get("/Users").status());

        String tokenId =
                (String) list(management.get("/account/scim-tokens").json().get("items"))
                        .get(0)
                        .get("id");
        assertEquals(204, management.delete("/account/scim-tokens/" + tokenId).status());
        assertScimError(client.get("/Users"), 401, null);
        assertScimError(client.withToken(null).get("/Users"), 401, null);
        assertScimError(client.withToken("scim_unknown").get("/ServiceProviderConfig"), 401, null);
    }

    @Test
    void discoveryDescribesWhatTheServerEnforces() {
        Map<String, Object> config = scim.get("/ServiceProviderConfig").json();
        assertEquals(true, map(config.get("patch")).get("supported"));
        assertEquals(true, map(config.get("filter")).get("supported"));
        assertEquals(false, map(config.get("bulk")).get("supported"));
        List<Map<String, Object>> schemas = resources(scim.get("/Schemas"));
        assertEquals(
                Set.of("urn:ietf:params:scim:schemas:core:2.0:User", ENTERPRISE),
                Set.of(schemas.get(0).get("id"), schemas.get(1).get("id")));
        Map<String, Object> user =
                scim.get("/Schemas/urn:ietf:params:scim:schemas:core:2.0:User").json();
        Map<String, Object> password = list(user.get("attributes")).stream()
                .filter(a -> "password".equals(a.get("name")))
                .findFirst()
                .orElseThrow();
        assertEquals("writeOnly", password.get("mutability"));
        assertEquals("never", password.get("returned"));
        assertEquals("/Users", resources(scim.get("/ResourceTypes")).get(0).get("endpoint"));
        assertEquals(
                ENTERPRISE,
                list(scim.get("/ResourceTypes/User").json().get("schemaExtensions"))
                        .get(0)
                        .get("schema"));
        assertScimError(scim.get("/Schemas/urn:nope"), 404, null);
        assertFalse(scim.get("/Schemas").body().contains("null"));
    }
}
