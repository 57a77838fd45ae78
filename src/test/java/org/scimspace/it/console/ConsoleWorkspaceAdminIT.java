package org.scimspace.it.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.scimspace.it.Http;
import org.scimspace.it.Tenants;

/**
 * A workspace admin in a real browser: a main user gives a SCIM-provisioned admin a console
 * login; the admin manages their workspace and nothing else, until Entra deactivates them.
 */
class ConsoleWorkspaceAdminIT extends ConsoleBrowserTest {

    private static final String JSON = "application/json";
    private static final String ADMIN_PASSWORD = "an initial password for ada";

    @Test
    void aWorkspaceAdminManagesTheirWorkspaceOnlyUntilEntraDeactivatesThem() {
        Tenants.enableScim(account.management());
        Http scim = Tenants.scimClient(base.toString(), account.management());
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String adaName = "ada-" + suffix + "@contoso.example";
        String ada = scimUser(scim, adaName);
        String bob = scimUser(scim, "bob-" + suffix + "@contoso.example");

        // The main user: two workspaces, Ada admin of one and participant of the other.
        pages.logInExpectingConsole(account.login(), account.password());
        String mine = createWorkspace("Alpha team");
        String other = createWorkspace("Beta team");
        addMember(mine, ada);
        addMember(mine, bob);
        addMember(other, ada);
        Http.Reply admin = account.management()
                .send("PATCH", "/workspaces/" + mine + "/members/" + ada, "{\"role\":\"admin\"}", JSON);
        assertEquals(200, admin.status(), admin::toString);

        pages.click("navMainUsers");
        assertTrue(pages.present("noAdmins"), pages.pageText());
        pages.fill("addAdmin:login", "x");
        pages.fill("addAdmin:password", ADMIN_PASSWORD);
        pages.click("addAdmin:submit");
        assertTrue(pages.text("addAdmin:loginMessage").contains("login"), pages.pageText());
        pages.fill("addAdmin:login", adaName);
        pages.fill("addAdmin:password", "short");
        pages.click("addAdmin:submit");
        assertTrue(pages.text("addAdmin:passwordMessage").contains("12 characters"), pages.pageText());
        assertEquals(adaName, pages.value("addAdmin:login"), "the login is kept to correct the password");
        pages.fill("addAdmin:login", account.login());
        pages.fill("addAdmin:password", ADMIN_PASSWORD);
        pages.click("addAdmin:submit");
        assertTrue(pages.text("addAdmin:loginMessage").contains("taken"), pages.pageText());
        pages.fill("addAdmin:login", adaName);
        pages.fill("addAdmin:password", ADMIN_PASSWORD);
        pages.click("addAdmin:submit");
        assertTrue(pages.pageText().contains("Console login " + adaName + " for a workspace admin added."));
        assertEquals(adaName, pages.text("admins:list:0:login"));
        assertEquals("1 workspace", pages.text("admins:list:0:administered"));
        assertEquals(List.of(account.login()), mainUserLogins(), "not a main user");
        pages.click("logout:submit");

        // Ada: her workspace, its settings and users, and nothing else.
        pages.logInExpectingConsole(adaName, ADMIN_PASSWORD);
        assertFalse(pages.present("navMainUsers"), "no Account Manager in the navigation");
        pages.click("navWorkspaces");
        assertEquals("Alpha team", pages.text("list:workspaces:0:users"));
        assertFalse(pages.present("list:workspaces:1:users"), pages.pageText());
        assertFalse(pages.pageText().contains("Beta team"));
        assertFalse(pages.present("list:workspaces:0:delete"), "no deletion");
        assertFalse(pages.present("create:name"), "no creation");
        assertTrue(pages.present("adminScope"));
        Browser.screenshot(driver, "workspace-admin");

        pages.click("list:workspaces:0:settings");
        assertEquals("Alpha team", pages.text("workspaceName"));
        assertTrue(pages.present("limits:groupLimits"));
        pages.click("limits:preview");
        assertTrue(pages.text("joining").startsWith("0 will join"), pages.pageText());

        pages.click("wsUsers");
        int bobRow = row("bob-" + suffix + "@contoso.example");
        new Select(driver.findElement(By.id("members:members:" + bobRow + ":role"))).selectByValue("admin");
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("members:members:" + bobRow + ":roleMessage"), "Saved"));
        assertEquals("admin", role(mine, bob));

        for (String page : List.of("settings", "users")) {
            pages.open("/console/workspaces/" + page + ".xhtml?id=" + other);
            assertTrue(pages.text("notFound").contains("No such workspace"), pages.pageText());
            assertFalse(driver.getPageSource().contains("Beta team"));
            assertFalse(pages.present("limits:groupLimits"));
            assertFalse(pages.present("members:members:0:role"));
            assertFalse(pages.present("add:person"));
        }
        for (String page : List.of("settings", "main-users", "api-tokens", "directory", "log")) {
            pages.open("/console/account/" + page + ".xhtml");
            assertTrue(pages.text("notAllowed").contains("Not allowed"), page + ": " + pages.pageText());
            assertFalse(pages.present("addAdmin:login"));
        }

        // Entra deactivates Ada: she sees no workspace any more.
        Http.Reply deactivated = scim.patch(
                "/Users/" + ada,
                "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
                        + "\"Operations\":[{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"False\"}]}");
        assertEquals(200, deactivated.status(), deactivated::toString);
        pages.click("navWorkspaces");
        assertTrue(pages.text("none").contains("no workspace"), pages.pageText());
        assertFalse(pages.pageText().contains("Alpha team"));
        pages.open("/console/workspaces/users.xhtml?id=" + mine);
        assertTrue(pages.text("notFound").contains("No such workspace"), pages.pageText());
        assertFalse(driver.getPageSource().contains("Alpha team"));
    }

    @Test
    void aRemovedConsoleLoginEndsItsSession() {
        Tenants.enableScim(account.management());
        Http scim = Tenants.scimClient(base.toString(), account.management());
        String name = "grace-" + UUID.randomUUID().toString().substring(0, 8) + "@contoso.example";
        scimUser(scim, name);
        pages.logInExpectingConsole(account.login(), account.password());
        pages.click("navMainUsers");
        pages.fill("addAdmin:login", name);
        pages.fill("addAdmin:password", ADMIN_PASSWORD);
        pages.click("addAdmin:submit");
        assertEquals("none (yet)", pages.text("admins:list:0:administered"));

        WebDriver second = Browser.open();
        try {
            ConsolePages admin = new ConsolePages(second, base.toString());
            admin.logInExpectingConsole(name, ADMIN_PASSWORD);
            admin.click("navWorkspaces");
            assertTrue(admin.text("none").contains("no workspace"), admin.pageText());

            pages.click("admins:list:0:remove");
            assertTrue(pages.pageText().contains("Console login " + name + " removed."), pages.pageText());
            assertTrue(pages.present("noAdmins"));

            admin.open("/console/workspaces/list.xhtml");
            assertTrue(second.getCurrentUrl().contains("/login.xhtml"), second.getCurrentUrl());
            admin.logIn(name, ADMIN_PASSWORD);
            assertFalse(second.getCurrentUrl().contains("/console/"), second.getCurrentUrl());
        } finally {
            second.quit();
        }
    }

    /** Creates a workspace on the list page and answers its id. */
    private String createWorkspace(String name) {
        pages.click("navWorkspaces");
        pages.fill("create:name", name);
        pages.click("create:create");
        assertTrue(pages.pageText().contains("Workspace '" + name + "' created."), pages.pageText());
        for (WebElement link : driver.findElements(By.cssSelector("a[id$=':users']"))) {
            if (link.getText().equals(name)) {
                String href = link.getAttribute("href");
                return href.substring(href.indexOf("id=") + 3);
            }
        }
        throw new AssertionError("No row for " + name + ": " + pages.pageText());
    }

    private void addMember(String workspaceId, String userId) {
        Http.Reply added = account.management()
                .send("POST", "/workspaces/" + workspaceId + "/members", "{\"userId\":\"" + userId + "\"}", JSON);
        assertEquals(201, added.status(), added::toString);
    }

    /** The row of the Users table showing this user name. */
    private int row(String userName) {
        for (int i = 0; pages.present("members:members:" + i + ":userName"); i++) {
            if (pages.text("members:members:" + i + ":userName").equals(userName)) {
                return i;
            }
        }
        throw new AssertionError("No row for " + userName + ": " + pages.pageText());
    }

    @SuppressWarnings("unchecked")
    private String role(String workspaceId, String userId) {
        Http.Reply reply = account.management().get("/workspaces/" + workspaceId + "/members");
        assertEquals(200, reply.status(), reply::toString);
        return ((List<java.util.Map<String, Object>>) reply.json().get("items"))
                .stream()
                        .filter(member -> userId.equals(member.get("userId")))
                        .map(member -> (String) member.get("role"))
                        .findFirst()
                        .orElseThrow();
    }

    private List<String> mainUserLogins() {
        return driver.findElements(By.cssSelector("[id^='users:list:'][id$=':login']")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private static String scimUser(Http scim, String userName) {
        Http.Reply created = scim.post(
                "/Users", "{\"userName\":\"" + userName + "\",\"displayName\":\"" + userName + "\",\"active\":true}");
        assertEquals(201, created.status(), created::toString);
        return (String) created.json().get("id");
    }
}
