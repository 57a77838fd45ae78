package org.scimspace.it.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.scimspace.it.Http;
import org.scimspace.it.Tenants;

/**
 * The console's workspace screens in a real browser: the seed's second procedure (connect a
 * workspace to an Entra group, then manage its members), manual management, refusals, and
 * another account's workspace.
 */
class ConsoleWorkspacesIT extends ConsoleBrowserTest {

    private static final String JSON = "application/json";

    @Test
    void connectingAWorkspaceToAnEntraGroupMakesItsMembersParticipants() {
        Tenants.enableScim(account.management());
        Http scim = Tenants.scimClient(base.toString(), account.management());
        pages.logInExpectingConsole(account.login(), account.password());

        String workspaceId = createWorkspace("Sales team");
        assertEquals("0", pages.text("list:workspaces:0:memberCount"));
        assertTrue(pages.text("list:workspaces:0:manual").contains("managed by hand"));
        Browser.screenshot(driver, "workspaces-list");

        pages.click("list:workspaces:0:settings");
        assertTrue(pages.pageText().contains("Limit to specified user group"), pages.pageText());
        assertTrue(pages.text("securityGroups").contains("security groups"));
        String objectId = UUID.randomUUID().toString();
        pages.fill("limits:groupLimits", objectId);
        pages.click("limits:preview");
        assertTrue(pages.text("joining").startsWith("0 will join"), pages.text("preview"));
        assertTrue(pages.text("previewGroups:0:pending").contains("pending"));
        assertTrue(pages.present("noLimits"), "a preview saves nothing");
        Browser.screenshot(driver, "workspace-settings-preview");
        pages.click("limits:save");
        assertTrue(pages.pageText().contains("Group limits saved"), pages.pageText());
        assertTrue(pages.text("savedGroups:0:pending").contains("pending"));

        // Entra's side: a user, then the group with that object ID as its externalId.
        String userId = scimUser(scim, "ada");
        Http.Reply group = scim.post(
                "/Groups",
                "{\"displayName\":\"Sales\",\"externalId\":\"" + objectId + "\",\"members\":[{\"value\":\"" + userId
                        + "\"}]}");
        assertEquals(201, group.status(), group::toString);

        pages.open("/console/workspaces/settings.xhtml?id=" + workspaceId);
        assertEquals("Sales", pages.text("savedGroups:0:name"));
        assertEquals("1", pages.text("savedGroups:0:members"));
        assertFalse(pages.text("savedGroups:0:changed").isBlank(), "when Entra last changed the group");
        Browser.screenshot(driver, "workspace-settings");

        pages.click("wsUsers");
        assertEquals("ada@contoso.example", pages.text("members:members:0:userName"));
        assertEquals("via group Sales", pages.text("members:members:0:source"));
        Select role = new Select(driver.findElement(By.id("members:members:0:role")));
        assertEquals("participant", role.getFirstSelectedOption().getAttribute("value"));
        assertFalse(pages.present("members:members:0:remove"), "no removal in a connected workspace");
        assertTrue(pages.text("noRemoval").contains("follows Entra groups"), pages.pageText());
        Browser.screenshot(driver, "workspace-users");

        role.selectByValue("admin");
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("members:members:0:roleMessage"), "Saved"));
        assertEquals("admin", memberRoles(workspaceId).get("ada@contoso.example"));
        pages.open("/console/workspaces/users.xhtml?id=" + workspaceId);
        assertEquals(
                "admin",
                new Select(driver.findElement(By.id("members:members:0:role")))
                        .getFirstSelectedOption()
                        .getAttribute("value"));

        pages.click("navWorkspaces");
        assertEquals("1", pages.text("list:workspaces:0:memberCount"));
        assertTrue(pages.present("list:workspaces:0:connected"));
        assertFalse(pages.present("list:workspaces:0:pending"));
    }

    @Test
    void inAnUnconnectedWorkspaceAdminsInviteSearchAndRemove() {
        pages.logInExpectingConsole(account.login(), account.password());
        String workspaceId = createWorkspace("Book club");
        pages.open("/console/workspaces/users.xhtml?id=" + workspaceId);
        assertTrue(pages.present("noMembers"));

        pages.fill("add:person", "nobody-by-that-name");
        pages.click("add:add");
        assertTrue(pages.text("add:personMessage").contains("nobody-by-that-name"), pages.pageText());

        pages.fill("add:person", "guest@fabrikam.example");
        pages.click("add:add");
        assertTrue(pages.pageText().contains("invited"), pages.pageText());
        pages.fill("add:person", "second_guest@fabrikam.example");
        pages.click("add:add");
        assertEquals("invited", pages.text("members:members:0:source"));
        assertFalse(pages.present("noRemoval"));

        pages.fill("q", "second_");
        pages.click("searchSubmit");
        assertEquals("second_guest@fabrikam.example", pages.text("members:members:0:userName"));
        assertFalse(pages.present("members:members:1:userName"));
        assertEquals("1–1 of 1", pages.text("shown"));

        pages.click("members:members:0:remove");
        assertTrue(pages.pageText().contains("Removed from the workspace."), pages.pageText());
        assertEquals("second_", pages.value("q"), "the search survives the postback");
        assertTrue(pages.present("noMembers"));
        assertEquals(
                List.of("guest@fabrikam.example"),
                List.copyOf(memberRoles(workspaceId).keySet()));

        pages.click("navWorkspaces");
        pages.click("list:workspaces:0:delete");
        assertTrue(pages.text("confirmDelete").contains("Book club"));
        pages.click("confirm:delete");
        assertTrue(pages.pageText().contains("Workspace 'Book club' deleted."), pages.pageText());
        assertTrue(pages.present("none"));
    }

    @Test
    void anInvalidObjectIdIsRefusedBesideTheFieldAndNothingIsSaved() {
        pages.logInExpectingConsole(account.login(), account.password());
        String workspaceId = createWorkspace("Careful");
        pages.open("/console/workspaces/settings.xhtml?id=" + workspaceId);
        pages.fill("limits:groupLimits", UUID.randomUUID() + "\nnot-a-group-id");
        pages.click("limits:save");
        assertTrue(pages.text("limits:groupLimitsMessage").contains("'not-a-group-id'"), pages.pageText());
        assertTrue(pages.value("limits:groupLimits").contains("not-a-group-id"), "the input is kept to correct");
        Browser.screenshot(driver, "workspace-settings-invalid");
        Http.Reply limits = account.management().get("/workspaces/" + workspaceId + "/group-limits");
        assertEquals(200, limits.status(), limits::toString);
        assertEquals(List.of(), limits.json().get("groupLimits"), limits::toString);
        pages.open("/console/workspaces/settings.xhtml?id=" + workspaceId);
        assertTrue(pages.present("noLimits"));
    }

    @Test
    void anotherAccountsWorkspaceIsNoSuchWorkspace() {
        Http other = Tenants.newAccount(base.toString());
        Http.Reply created = other.send("POST", "/workspaces", "{\"name\":\"Secret plans\"}", JSON);
        assertEquals(201, created.status(), created::toString);
        String foreignId = (String) created.json().get("id");

        pages.logInExpectingConsole(account.login(), account.password());
        for (String page : List.of("settings", "users")) {
            pages.open("/console/workspaces/" + page + ".xhtml?id=" + foreignId);
            assertTrue(pages.text("notFound").contains("No such workspace"), pages.pageText());
            assertFalse(driver.getPageSource().contains("Secret plans"));
            assertFalse(pages.present("limits:groupLimits"));
            assertFalse(pages.present("add:person"));
        }
        Browser.screenshot(driver, "workspace-not-found");
        pages.open("/console/workspaces/users.xhtml");
        assertTrue(pages.text("notFound").contains("No such workspace"), pages.pageText());
        pages.click("navWorkspaces");
        assertFalse(pages.pageText().contains("Secret plans"));
    }

    /** Creates a workspace on the list page (the account's first) and answers its id. */
    private String createWorkspace(String name) {
        pages.click("navWorkspaces");
        pages.fill("create:name", name);
        pages.click("create:create");
        assertTrue(pages.pageText().contains("Workspace '" + name + "' created."), pages.pageText());
        String href = driver.findElement(By.id("list:workspaces:0:settings")).getAttribute("href");
        return href.substring(href.indexOf("id=") + 3);
    }

    private static String scimUser(Http scim, String name) {
        Http.Reply created = scim.post(
                "/Users",
                "{\"userName\":\"" + name + "@contoso.example\",\"displayName\":\"" + name + "\",\"active\":true}");
        assertEquals(201, created.status(), created::toString);
        return (String) created.json().get("id");
    }

    /** The members' roles by userName, as the management API reads them. */
    @SuppressWarnings("unchecked")
    private Map<String, String> memberRoles(String workspaceId) {
        Http.Reply reply = account.management().get("/workspaces/" + workspaceId + "/members");
        assertEquals(200, reply.status(), reply::toString);
        Map<String, String> roles = new java.util.LinkedHashMap<>();
        for (Map<String, Object> member :
                (List<Map<String, Object>>) reply.json().get("items")) {
            roles.put((String) member.get("userName"), (String) member.get("role"));
        }
        return roles;
    }
}
