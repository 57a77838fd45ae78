package org.scimspace.it.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.scimspace.it.Http;
import org.scimspace.it.Tenants;

/**
 * The Account Manager in a real browser: main users, API tokens, the directory with a user's
 * workspaces and why, and the provisioning log with its charts.
 */
class ConsoleAccountIT extends ConsoleBrowserTest {

    private static final String JSON = "application/json";

    @Test
    void mainUsersAreAddedAndRemovedButNeverTheLast() {
        pages.logInExpectingConsole(account.login(), account.password());
        pages.click("navMainUsers");
        assertEquals(List.of(account.login()), logins());

        String colleague = "colleague-" + UUID.randomUUID().toString().substring(0, 8);
        pages.fill("add:login", colleague);
        pages.fill("add:password", "short");
        pages.click("add:submit");
        assertTrue(pages.text("add:passwordMessage").contains("12 characters"), pages.pageText());
        pages.fill("add:login", "x");
        pages.fill("add:password", "a long enough password");
        pages.click("add:submit");
        assertTrue(pages.text("add:loginMessage").contains("login"), pages.pageText());

        pages.fill("add:login", colleague);
        pages.fill("add:password", "a long enough password");
        pages.click("add:submit");
        assertTrue(pages.pageText().contains("Main user " + colleague + " added."), pages.pageText());
        assertTrue(logins().contains(colleague));
        Browser.screenshot(driver, "main-users");

        pages.click("users:list:" + logins().indexOf(colleague) + ":remove");
        assertEquals(List.of(account.login()), logins());

        pages.click("users:list:0:remove");
        assertTrue(pages.text("users:listMessage").contains("last main user"), pages.pageText());
        assertEquals(List.of(account.login()), logins());
    }

    @Test
    void aMainUserChangesTheirOwnPasswordUnderMyAccountAndTheSessionGetsANewId() {
        pages.logInExpectingConsole(account.login(), account.password());
        pages.click("myAccount");
        assertEquals(account.login(), pages.text("myLogin"));
        assertTrue(pages.text("myScope").contains("main user"), pages.pageText());

        pages.fill("password:currentPassword", account.password());
        pages.fill("password:newPassword", "my brand new password");
        pages.fill("password:repeatPassword", "my brand new passwort");
        pages.click("password:submit");
        assertTrue(pages.text("password:repeatPasswordMessage").contains("differ"), pages.pageText());
        pages.fill("password:currentPassword", account.password());
        pages.fill("password:newPassword", "too short");
        pages.fill("password:repeatPassword", "too short");
        pages.click("password:submit");
        assertTrue(pages.text("password:newPasswordMessage").contains("12 characters"), pages.pageText());
        pages.fill("password:currentPassword", "not my password");
        pages.fill("password:newPassword", "my brand new password");
        pages.fill("password:repeatPassword", "my brand new password");
        pages.click("password:submit");
        assertTrue(pages.text("password:currentPasswordMessage").contains("not correct"), pages.pageText());
        assertEquals("", pages.value("password:currentPassword"), "passwords are never sent back");

        String before = sessionId();
        assertEquals(200, consolePage(before), "the session works before the change");
        pages.fill("password:currentPassword", account.password());
        pages.fill("password:newPassword", "my brand new password");
        pages.fill("password:repeatPassword", "my brand new password");
        pages.click("password:submit");
        assertTrue(pages.pageText().contains("Your password is changed."), pages.pageText());
        Browser.screenshot(driver, "my-account");
        String after = sessionId();
        assertNotEquals(before, after, "a new session id");
        assertEquals(302, consolePage(before), "the old session id opens nothing");
        assertEquals(200, consolePage(after));
        pages.click("navWorkspaces");
        assertTrue(driver.getCurrentUrl().contains("/console/workspaces/"), "still logged in");

        pages.click("logout:submit");
        pages.logIn(account.login(), account.password());
        assertFalse(driver.getCurrentUrl().contains("/console/"), "the old password no longer works");
        pages.logInExpectingConsole(account.login(), "my brand new password");
    }

    @Test
    void apiTokenIsShownOnceAndWorksUntilRevoked() {
        pages.logInExpectingConsole(account.login(), account.password());
        pages.click("navApiTokens");
        int before = rows("tokens:list").size();

        pages.click("tokens:generate");
        String secret = pages.value("secret");
        assertTrue(secret.startsWith("mgmt_"), secret);
        assertTrue(pages.present("tokens:list"));
        Browser.screenshot(driver, "api-tokens-new");
        Http api = new Http(base.toString() + "api/v1", secret);
        assertEquals(200, api.get("/account").status());

        pages.open("/console/account/api-tokens.xhtml");
        assertFalse(pages.present("secret"), "the token is shown once");
        assertFalse(driver.getPageSource().contains(secret));
        int last = rows("tokens:list").size() - 1;
        assertEquals(before, last);
        assertNotEquals("never", pages.text("tokens:list:" + last + ":lastUsed"));
        Browser.screenshot(driver, "api-tokens");

        pages.click("tokens:list:" + last + ":revoke");
        assertTrue(pages.pageText().contains("The token is revoked"), pages.pageText());
        assertEquals(401, api.get("/account").status());
        assertEquals(200, account.management().get("/account").status(), "other tokens keep working");
    }

    @Test
    void directorySearchesAndPagesAndAUserPageSaysWhyTheUserIsInEachWorkspace() {
        Tenants.enableScim(account.management());
        Http scim = Tenants.scimClient(base.toString(), account.management());
        String prefix = "dir" + UUID.randomUUID().toString().substring(0, 6);
        String first = null;
        for (int i = 0; i < 32; i++) {
            String id = user(scim, prefix + "-" + String.format("%02d", i), "Person " + i);
            first = first == null ? id : first;
        }
        String objectId = UUID.randomUUID().toString();
        String groupName = "Engineering " + prefix;
        Http.Reply group = scim.post(
                "/Groups",
                "{\"displayName\":\"" + groupName + "\",\"externalId\":\"" + objectId + "\",\"members\":[{\"value\":\""
                        + first + "\"}]}");
        assertEquals(201, group.status(), group::toString);
        String connected = workspace("Connected " + prefix);
        Http.Reply limits = account.management()
                .send("PUT", "/workspaces/" + connected + "/group-limits", "[\"" + objectId + "\"]", JSON);
        assertEquals(200, limits.status(), limits::toString);
        String manual = workspace("Manual " + prefix);
        Http.Reply added = account.management()
                .send("POST", "/workspaces/" + manual + "/members", "{\"userId\":\"" + first + "\"}", JSON);
        assertEquals(201, added.status(), added::toString);

        pages.logInExpectingConsole(account.login(), account.password());
        pages.click("navDirectory");
        pages.fill("q", prefix.toUpperCase());
        pages.click("userSearchSubmit");
        assertTrue(pages.text("usersPageInfo").contains("(32 users)"), pages.text("usersPageInfo"));
        assertEquals(25, rows("userList").size());
        assertEquals(prefix + "-00@contoso.example", pages.text("userList:0:open"));
        Browser.screenshot(driver, "directory");
        pages.click("usersNext");
        assertEquals(7, rows("userList").size());
        assertEquals(prefix + "-25@contoso.example", pages.text("userList:0:open"));
        assertTrue(pages.text("usersPageInfo").startsWith("Page 2 of 2"));

        pages.fill("gq", prefix);
        pages.click("groupSearchSubmit");
        assertEquals(groupName, pages.text("groupList:0:name"));
        assertEquals(objectId, pages.text("groupList:0:objectId"));

        pages.fill("q", prefix + "-00");
        pages.click("userSearchSubmit");
        assertEquals(1, rows("userList").size());
        pages.click("userList:0:open");
        assertEquals(prefix + "-00@contoso.example", pages.text("userName"));
        assertTrue(pages.text("state").startsWith("active"));
        assertEquals(groupName, pages.text("groups:0:name"));
        String workspaces = pages.text("workspaces");
        int connectedRow = workspaces.indexOf("Connected ") < workspaces.indexOf("Manual ") ? 0 : 1;
        assertEquals("Connected " + prefix, pages.text("workspaces:" + connectedRow + ":name"));
        assertEquals("participant", pages.text("workspaces:" + connectedRow + ":role"));
        assertEquals("via group " + groupName, pages.text("workspaces:" + connectedRow + ":reasons"));
        assertEquals("Manual " + prefix, pages.text("workspaces:" + (1 - connectedRow) + ":name"));
        assertEquals("added by hand", pages.text("workspaces:" + (1 - connectedRow) + ":reasons"));
        Browser.screenshot(driver, "directory-user");

        pages.click("workspaces:" + (1 - connectedRow) + ":name");
        assertEquals("Manual " + prefix, pages.text("workspaceName"));
        assertEquals(prefix + "-00@contoso.example", pages.text("userName"));
        assertEquals("added by hand", pages.text("source"));
        assertTrue(pages.present("noFields"), pages.pageText());
    }

    @Test
    void anotherAccountsUserIsNoSuchUser() {
        Http otherScim = Tenants.newScimAccount(base.toString());
        String name = "stranger" + UUID.randomUUID().toString().substring(0, 6);
        String stranger = user(otherScim, name, "Stranger Danger");

        pages.logInExpectingConsole(account.login(), account.password());
        pages.open("/console/account/user.xhtml?id=" + stranger);
        assertTrue(pages.text("noSuchUser").contains("No such user"), pages.pageText());
        assertFalse(driver.getPageSource().contains(name));
        assertFalse(driver.getPageSource().contains("Stranger Danger"));
        assertFalse(pages.present("workspaces"));

        pages.open("/console/account/directory.xhtml?q=" + name);
        assertTrue(pages.present("noUsers"), "the directory lists only the account's own users");
    }

    @Test
    void provisioningLogShowsScimLinesFiltersByTypeAndChartsChangesAndErrors() {
        Tenants.enableScim(account.management());
        Http scim = Tenants.scimClient(base.toString(), account.management());
        String name = "log" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 50; i++) {
            user(scim, "many" + i + name, "Person " + i);
        }
        String userId = user(scim, name, "Logged Person");
        assertEquals(
                409,
                scim.post("/Users", "{\"userName\":\"" + name + "@contoso.example\"}")
                        .status());

        pages.logInExpectingConsole(account.login(), account.password());
        pages.click("navLog");
        assertTrue(types().contains("SCIM"), pages.pageText());
        assertFalse(driver.findElements(By.cssSelector("#hoursChart rect.ok")).isEmpty());
        assertFalse(driver.findElements(By.cssSelector("#hoursChart rect.bad")).isEmpty());
        assertFalse(driver.findElements(By.cssSelector("#daysChart rect.ok")).isEmpty());
        Browser.screenshot(driver, "log");
        assertTrue(pages.text("pageInfo").startsWith("Page 1 of 2"), pages.text("pageInfo"));
        String oldestOfFirstPage = pages.text("lines:49:time");
        pages.click("next");
        assertTrue(pages.text("pageInfo").startsWith("Page 2 of 2"), pages.text("pageInfo"));
        assertTrue(types().contains("ACCOUNT"), pages.pageText());
        assertTrue(pages.text("lines:0:time").compareTo(oldestOfFirstPage) <= 0, "newest first");
        pages.click("previous");
        assertTrue(pages.text("pageInfo").startsWith("Page 1 of 2"), pages.text("pageInfo"));

        new Select(driver.findElement(By.id("type"))).selectByValue("SCIM");
        pages.click("filterSubmit");
        assertEquals(List.of("SCIM"), types().stream().distinct().toList());
        assertTrue(pages.pageText().contains("Failed 409"), pages.pageText());

        pages.fill("userId", userId);
        pages.click("filterSubmit");
        assertEquals(1, rows("lines").size());
        assertEquals(userId, pages.text("lines:0:user"));

        pages.fill("from", "yesterday");
        pages.click("filterSubmit");
        assertTrue(pages.text("fromMessage").contains("2026-01-31"), pages.pageText());
    }

    // ---- helpers

    private String sessionId() {
        return driver.manage().getCookieNamed("JSESSIONID").getValue();
    }

    /** The status of a console page requested with this session id alone (302: sent to the login page). */
    private int consolePage(String sessionId) {
        return new Http(base.toString(), null)
                .send("GET", "/console/index.xhtml", null, null, "Cookie", "JSESSIONID=" + sessionId)
                .status();
    }

    private List<String> logins() {
        return rows("users:list").stream()
                .map(row -> row.findElement(By.cssSelector("td"))
                        .getText()
                        .replace("you", "")
                        .strip())
                .toList();
    }

    private List<String> types() {
        List<WebElement> rows = rows("lines");
        return rows.stream()
                .map(row -> row.findElements(By.cssSelector("td")).get(1).getText())
                .toList();
    }

    private List<WebElement> rows(String tableId) {
        if (!pages.present(tableId)) {
            return List.of();
        }
        return driver.findElement(By.id(tableId)).findElements(By.cssSelector("tbody tr"));
    }

    private static String user(Http scim, String name, String displayName) {
        Http.Reply created = scim.post(
                "/Users",
                "{\"userName\":\"" + name + "@contoso.example\",\"displayName\":\"" + displayName
                        + "\",\"active\":true}");
        assertEquals(201, created.status(), created::toString);
        return (String) created.json().get("id");
    }

    private String workspace(String name) {
        Http.Reply created = account.management().send("POST", "/workspaces", "{\"name\":\"" + name + "\"}", JSON);
        assertEquals(201, created.status(), created::toString);
        return (String) created.json().get("id");
    }
}
