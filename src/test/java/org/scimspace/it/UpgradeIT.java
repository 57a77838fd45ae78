package org.scimspace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.scimspace.database.PreMigrationsDatabase;
import org.scimspace.database.control.Migrations;

/**
 * The release before migrations left its database as its schema generation made it: this
 * release starts on such a database (stored in src/test/resources/upgrade, on the database of
 * this run), baselines and upgrades it in place, and everything Entra and the administrator
 * set up is there and works on. A schema that does not match its recorded migrations stops
 * the deployment instead.
 */
class UpgradeIT {

    private static final String JSON = "application/json";
    private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    @Test
    void aDatabaseOfTheReleaseBeforeMigrationsUpgradesInPlaceOnStart() throws IOException {
        Path parent = Files.createDirectories(PayaraProcess.buildDirectory().resolve("it-data"));
        Path dataDir = Files.createTempDirectory(parent, "UpgradeIT-");
        ItDatabase.loadPreMigrations(dataDir);

        Map<String, String> bootstrap = Map.of(
                "scimspace.bootstrap.api.token", ItSettings.apiToken(),
                "scimspace.bootstrap.scim.token", ItSettings.scimToken());
        try (PayaraProcess server = PayaraProcess.start("UpgradeIT", dataDir, bootstrap)) {
            assertTrue(server.log().contains("Successfully baselined schema with version: 1"), "baselined");
            assertFalse(server.log().contains("Scimspace first start"), "the old account is kept, not bootstrapped");
            Http scim = new Http(server.baseUrl() + "/scim/v2", ItSettings.scimToken());
            Http api = new Http(server.baseUrl() + "/api/v1", ItSettings.apiToken());

            Http.Reply users = scim.get("/Users?sortBy=userName");
            assertEquals(200, users.status(), users::toString);
            assertEquals(
                    PreMigrationsDatabase.USER_NAMES,
                    resources(users).stream().map(u -> u.get("userName")).toList());
            Map<String, Object> alice = one(scim, "/Users", "userName eq \"ALICE@contoso.com\"");
            assertEquals("Engineering", map(alice.get(ENTERPRISE)).get("department"));
            assertEquals(
                    PreMigrationsDatabase.DEACTIVATED,
                    one(scim, "/Users", "active eq false").get("userName"));

            Map<String, Object> engineering =
                    one(scim, "/Groups", "externalId eq \"" + PreMigrationsDatabase.ENGINEERING + "\"");
            assertEquals(
                    Set.of("alice@contoso.com", "bob@contoso.com"),
                    list(engineering.get("members")).stream()
                            .map(m -> userName(scim, (String) m.get("value")))
                            .collect(Collectors.toSet()));

            Map<String, Object> workspace = list(api.get("/workspaces").json().get("items")).stream()
                    .filter(w -> PreMigrationsDatabase.WORKSPACE.equals(w.get("name")))
                    .findFirst()
                    .orElseThrow();
            assertEquals(List.of(PreMigrationsDatabase.ENGINEERING), workspace.get("groupLimits"));
            String workspaceId = (String) workspace.get("id");
            Map<String, Map<String, Object>> members = members(api, workspaceId);
            assertEquals(
                    Set.of("alice@contoso.com", "bob@contoso.com", "carol@contoso.com", PreMigrationsDatabase.INVITEE),
                    members.keySet());
            assertEquals("admin", members.get("bob@contoso.com").get("role"));
            assertEquals(true, members.get("carol@contoso.com").get("manual"));
            assertEquals(true, members.get(PreMigrationsDatabase.INVITEE).get("invited"));
            assertEquals(
                    List.of(PreMigrationsDatabase.ENGINEERING),
                    members.get("alice@contoso.com").get("viaGroups"));

            // Entra goes on where it stopped: a new user joins the group, and so the workspace
            Http.Reply erin = scim.post(
                    "/Users",
                    "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
                            + "\"userName\":\"erin@contoso.com\",\"active\":true}");
            assertEquals(201, erin.status(), erin::toString);
            Http.Reply patched = scim.patch(
                    "/Groups/" + engineering.get("id"),
                    "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[{\"op\":\"Add\","
                            + "\"path\":\"members\",\"value\":[{\"value\":\""
                            + erin.json().get("id") + "\"}]}]}");
            assertEquals(204, patched.status(), patched::toString);
            assertTrue(members(api, workspaceId).containsKey("erin@contoso.com"), "erin joined via the group");

            Http.Reply log = api.get("/log?type=SCIM&size=500");
            assertEquals(200, log.status(), log::toString);
            assertTrue(((Number) log.json().get("total")).intValue() > 8, () -> "the old log lines are kept: " + log);
            assertEquals(
                    201,
                    api.send("POST", "/workspaces", "{\"name\":\"After the upgrade\"}", JSON)
                            .status());
        }
    }

    @Test
    void aSchemaThatDiffersFromItsMigrationsStopsTheDeployment() throws IOException, SQLException {
        Path parent = Files.createDirectories(PayaraProcess.buildDirectory().resolve("it-data"));
        Path dataDir = Files.createTempDirectory(parent, "UpgradeIT-tampered-");
        DataSource database = ItDatabase.dataSource(dataDir);
        Migrations.flyway(database).migrate();
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            // as if V1 had been edited after it ran: Flyway's validation refuses to go on
            statement.executeUpdate("update \"flyway_schema_history\" set \"checksum\" = 42 where \"version\" = '1'");
        }

        IllegalStateException refused = assertThrows(
                IllegalStateException.class, () -> PayaraProcess.start("UpgradeIT-tampered", dataDir, Map.of())
                        .close());

        String log = Files.readString(PayaraProcess.logFile("UpgradeIT-tampered"));
        assertTrue(refused.getMessage().contains("does not answer"), refused::getMessage);
        assertTrue(log.contains("Scimspace does not start: the database schema could not be migrated"), log);
        assertTrue(log.contains("checksum mismatch"), log);
    }

    private static Map<String, Object> one(Http scim, String resource, String filter) {
        Http.Reply found = scim.get(resource + "?filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8));
        assertEquals(200, found.status(), found::toString);
        assertEquals(1, totalResults(found), found::toString);
        return resources(found).get(0);
    }

    private static String userName(Http scim, String id) {
        return (String) scim.get("/Users/" + id).json().get("userName");
    }

    private static Map<String, Map<String, Object>> members(Http api, String workspaceId) {
        Http.Reply listed = api.get("/workspaces/" + workspaceId + "/members?size=100");
        assertEquals(200, listed.status(), listed::toString);
        return list(listed.json().get("items")).stream()
                .collect(Collectors.toMap(m -> (String) m.get("userName"), m -> m));
    }
}
