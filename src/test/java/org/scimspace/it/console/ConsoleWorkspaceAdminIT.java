package org.scimspace.it.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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

        pages.fill("profileFields:fields:0:name", "Team");
        pages.click("profileFields:save");
        assertTrue(pages.pageText().contains("Profile fields saved: 1 field."), pages.pageText());
        assertEquals("Team", pages.value("profileFields:fields:0:name"));
        assertEquals(List.of("Team"), profileFieldNames(mine));

        // A forged save: her form, with the other workspace's id in it.
        ((JavascriptExecutor) driver)
                .executeScript("document.querySelector('#profileFields input[name=id]').value = arguments[0];", other);
        pages.fill("profileFields:fields:1:name", "Forged");
        pages.click("profileFields:save");
        assertTrue(pages.text("notFound").contains("No such workspace"), pages.pageText());
        assertEquals(List.of(), profileFieldNames(other));
        assertEquals(List.of("Team"), profileFieldNames(mine));
        pages.open("/console/workspaces/settings.xhtml?id=" + mine);

        pages.click("wsUsers");
        int bobRow = row("bob-" + suffix + "@contoso.example");
        new Select(driver.findElement(By.id("members:members:" + bobRow + ":role"))).selectByValue("admin");
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("members:members:" + bobRow + ":roleMessage"), "Saved"));
        assertEquals("admin", role(mine, bob));
        pages.click("members:members:" + bobRow + ":userName");
        assertEquals("bob-" + suffix + "@contoso.example", pages.text("userName"));
        assertEquals("admin", pages.text("role"));
        assertEquals("Team", pages.text("profile:0:field"));
        assertEquals("none", pages.text("profile:0:noValue"));
        pages.open("/console/workspaces/member.xhtml?id=" + mine + "&user=" + UUID.randomUUID());
        assertTrue(pages.text("noSuchMember").contains("No such member"), pages.pageText());
        pages.open("/console/workspaces/member.xhtml?id=" + other + "&user=" + ada);
        assertTrue(pages.text("notFound").contains("No such workspace"), pages.pageText());
        assertFalse(pages.present("userName"));
        assertFalse(driver.getPageSource().contains("Beta team"));

        for (String page : List.of("settings", "users")) {
            pages.open("/console/workspaces/" + page + ".xhtml?id=" + other);
            assertTrue(pages.text("notFound").contains("No such workspace"), pages.pageText());
            assertFalse(driver.getPageSource().contains("Beta team"));
            assertFalse(pages.present("limits:groupLimits"));
            assertFalse(pages.present("members:members:0:role"));
            assertFalse(pages.present("add:person"));
            assertFalse(pages.present("profileFields:save"));
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

    @Test
    void aWorkspaceAdminChangesTheirOwnPasswordAndWrongCurrentPasswordsLockTheLogin() {
        String name = "lin-" + UUID.randomUUID().toString().substring(0, 8) + "@contoso.example";
        pages.logInExpectingConsole(account.login(), account.password());
        pages.click("navMainUsers");
        pages.fill("addAdmin:login", name);
        pages.fill("addAdmin:password", ADMIN_PASSWORD);
        pages.click("addAdmin:submit");
        pages.click("logout:submit");

        pages.logInExpectingConsole(name, ADMIN_PASSWORD);
        pages.click("myAccount");
        assertEquals(name, pages.text("myLogin"));
        assertTrue(pages.text("myScope").contains("workspaces where you are admin"), pages.pageText());
        for (int i = 0; i < 4; i++) {
            changePassword("a wrong guess " + i, "lin's own new password");
            assertEquals("The current password is not correct.", pages.text("password:currentPasswordMessage"));
        }
        changePassword(ADMIN_PASSWORD, "lin's own new password");
        assertTrue(pages.pageText().contains("Your password is changed."), pages.pageText());

        // Four failures before the change do not count any more: five new ones lock the login.
        for (int i = 0; i < 4; i++) {
            changePassword("another wrong guess " + i, "yet another password");
            assertEquals("The current password is not correct.", pages.text("password:currentPasswordMessage"));
        }
        changePassword("the fifth wrong guess", "yet another password");
        assertTrue(pages.text("password:currentPasswordMessage").contains("locked for 15 minutes"), pages.pageText());
        changePassword("lin's own new password", "yet another password");
        assertTrue(
                pages.text("password:currentPasswordMessage").contains("locked"),
                "locked: not even the right password is checked");

        WebDriver second = Browser.open();
        try {
            ConsolePages elsewhere = new ConsolePages(second, base.toString());
            elsewhere.logIn(name, "lin's own new password");
            assertFalse(second.getCurrentUrl().contains("/console/"), second.getCurrentUrl());
            assertTrue(elsewhere.text("login:passwordMessage").contains("locked"), elsewhere.pageText());
        } finally {
            second.quit();
        }
        pages.click("navWorkspaces");
        assertTrue(pages.present("none"), "the open session stays: " + pages.pageText());
    }

    private void changePassword(String current, String newPassword) {
        pages.fill("password:currentPassword", current);
        pages.fill("password:newPassword", newPassword);
        pages.fill("password:repeatPassword", newPassword);
        pages.click("password:submit");
    }

    @SuppressWarnings("unchecked")
    private List<String> profileFieldNames(String workspaceId) {
        Http.Reply reply = account.management().get("/workspaces/" + workspaceId + "/profile-fields");
        assertEquals(200, reply.status(), reply::toString);
        return ((List<java.util.Map<String, Object>>) reply.json().get("profileFields"))
                .stream().map(field -> (String) field.get("name")).toList();
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
