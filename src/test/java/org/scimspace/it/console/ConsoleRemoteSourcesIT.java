package org.scimspace.it.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.scimspace.common.Json;
import org.scimspace.it.Http;
import org.scimspace.it.SftpTestServer;

/**
 * Account Manager → Remote sources and Workspace Manager → Settings → Remote source in a real
 * browser, against a real SFTP server on a loopback port of this JVM.
 */
class ConsoleRemoteSourcesIT extends ConsoleBrowserTest {

    private static final String PASSWORD = "console-Pa55word-of-the-register";
    private static final String JSON = "application/json";
    private static SftpTestServer sftp;

    @BeforeAll
    static void startSftp() {
        sftp = SftpTestServer.start();
        sftp.addPasswordUser("register", PASSWORD);
    }

    @AfterAll
    static void stopSftp() {
        sftp.close();
    }

    @Test
    void aMainUserAddsTestsTrustsEditsAndDeletesASource() {
        pages.logInExpectingConsole(account.login(), account.password());
        pages.click("navRemoteSources");
        assertTrue(pages.present("sources:none"), pages.pageText());

        pages.fill("source:host", "sftp example.com");
        pages.click("source:save");
        assertTrue(pages.text("source:nameMessage").contains("name"), pages.pageText());
        assertTrue(pages.text("source:hostMessage").length() > 0
                || pages.text("source:nameMessage").length() > 0);

        pages.fill("source:name", "Member register");
        pages.fill("source:host", "127.0.0.1");
        pages.fill("source:port", Integer.toString(sftp.port()));
        pages.fill("source:user", "register");
        pages.fill("source:password", PASSWORD);
        pages.click("source:save");
        assertTrue(pages.pageText().contains("Remote source 'Member register' saved."), pages.pageText());
        assertEquals("not set: runs are refused", pages.text("sources:list:0:noFingerprint"));
        assertFalse(driver.getPageSource().contains(PASSWORD), "the password is never sent back");

        pages.click("sources:list:0:test");
        assertEquals(SftpTestServer.HOST_FINGERPRINT, pages.text("presentedFingerprint"));
        assertTrue(pages.text("hostKeyVerdict").startsWith("does not match"), pages.pageText());
        assertEquals("not tried", pages.text("authVerdict"));
        Browser.screenshot(driver, "remote-sources-test-unknown-key");
        pages.click("trust:trust");
        assertTrue(pages.pageText().contains("now expects host key " + SftpTestServer.HOST_FINGERPRINT));
        assertEquals(SftpTestServer.HOST_FINGERPRINT, pages.text("sources:list:0:fingerprint"));

        pages.click("sources:list:0:test");
        assertEquals("matches", pages.text("hostKeyVerdict"));
        assertEquals("accepted", pages.text("authVerdict"));
        Browser.screenshot(driver, "remote-sources");

        pages.click("sources:list:0:edit");
        assertEquals("Member register", pages.value("source:name"));
        assertEquals("", pages.value("source:password"));
        pages.fill("source:name", "Register (renamed)");
        pages.click("source:save");
        assertEquals("Register (renamed)", pages.text("sources:list:0:name"));
        pages.click("sources:list:0:test");
        assertEquals("accepted", pages.text("authVerdict"), "an empty password field kept the password");

        pages.click("sources:list:0:delete");
        assertTrue(pages.present("confirmDelete"));
        pages.click("confirm:delete");
        assertTrue(pages.pageText().contains("Remote source 'Register (renamed)' deleted."), pages.pageText());
        assertTrue(pages.present("sources:none"));
    }

    @Test
    void aWorkspaceConnectsSyncsAndShowsItsRuns() {
        String prefix = "c" + UUID.randomUUID().toString().substring(0, 8);
        sftp.write(
                prefix + "/members.csv",
                "ID,Email,First name,Last name,Mobile\n1," + prefix + ".ada@example.com,Ada,Lovelace,\n");
        Http api = account.management();
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("name", "Register");
        source.put("host", "127.0.0.1");
        source.put("port", sftp.port());
        source.put("user", "register");
        source.put("password", PASSWORD);
        source.put("hostKeyFingerprint", SftpTestServer.HOST_FINGERPRINT);
        assertEquals(
                201,
                api.send("POST", "/remote-sources", Json.write(source), "application/json")
                        .status());
        Http.Reply workspace =
                api.send("POST", "/workspaces", Json.write(Map.of("name", "Synced")), "application/json");
        String workspaceId = (String) workspace.json().get("id");

        pages.logInExpectingConsole(account.login(), account.password());
        pages.open("/console/workspaces/settings.xhtml?id=" + workspaceId);
        assertTrue(pages.present("noRuns"));
        new Select(driver.findElement(By.id("remote:sourceId"))).selectByVisibleText("Register");
        new Select(driver.findElement(By.id("remote:intervalMinutes"))).selectByVisibleText("Only on demand");
        pages.fill("remote:path", " ");
        pages.click("remote:save");
        assertTrue(pages.text("remote:pathMessage").contains("path"), pages.pageText());

        pages.fill("remote:path", prefix + "/missing.csv");
        pages.click("remote:save");
        assertTrue(pages.pageText().contains("Connected to 'Register'"), pages.pageText());
        assertTrue(pages.text("nextRun").contains("Sync now"), pages.pageText());

        sftp.openDelay(Duration.ofSeconds(3));
        try {
            pages.click("remote:syncNow");
            assertTrue(pages.present("syncProgress"), "a progress indicator while the run goes: " + pages.pageText());
            Browser.screenshot(driver, "workspace-remote-source-running");
            awaitNoProgress();
        } finally {
            sftp.openDelay(Duration.ZERO);
        }
        assertEquals("failed", pages.text("runs:0:outcome"));
        assertEquals("File not found on the server: '" + prefix + "/missing.csv'.", pages.text("runs:0:firstError"));

        pages.fill("remote:path", prefix + "/members.csv");
        pages.click("remote:save");
        pages.click("remote:syncNow");
        awaitNoProgress();
        assertEquals("succeeded", pages.text("runs:0:outcome"), pages.pageText());
        assertEquals("1 created, 0 updated, 0 removed, 0 unchanged", pages.text("runs:0:counts"));
        assertEquals(account.login(), pages.text("runs:0:by"));
        Browser.screenshot(driver, "workspace-remote-source");

        pages.click("remote:disconnect");
        assertTrue(
                pages.pageText()
                        .contains("Disconnected: the participant it brought left the workspace (unless also added"
                                + " by hand or via a group)."),
                pages.pageText());
    }

    @Test
    void profileFieldsAreEditedInSettingsAndAMembersValuesShowOnTheirPage() {
        String prefix = "p" + UUID.randomUUID().toString().substring(0, 8);
        String email = prefix + ".ada@example.com";
        sftp.write(
                prefix + "/members.csv",
                "ID,Email,First name,Last name,Mobile,company,Interests\n" + "7," + email
                        + ",Ada,Lovelace,+44 1,<b>Ada & Co</b>,\"Music\nPoetry\"\n");
        Http api = account.management();
        String sourceId = (String) api.send("POST", "/remote-sources", Json.write(source()), JSON)
                .json()
                .get("id");
        String workspaceId = (String) api.send("POST", "/workspaces", Json.write(Map.of("name", "Profiled")), JSON)
                .json()
                .get("id");

        pages.logInExpectingConsole(account.login(), account.password());
        pages.open("/console/workspaces/settings.xhtml?id=" + workspaceId);
        assertFalse(pages.present("profileFields:fields:0:remove"), "the empty row has nothing to remove");
        pages.fill("profileFields:fields:0:name", "email");
        pages.click("profileFields:save");
        assertTrue(pages.text("profileFields:fields:0:nameMessage").contains("every remote source file has"));
        assertEquals("email", pages.value("profileFields:fields:0:name"), "the input is kept to correct it");
        pages.fill("profileFields:fields:0:name", "Company");
        pages.click("profileFields:save");
        assertTrue(pages.pageText().contains("Profile fields saved: 1 field."), pages.pageText());

        pages.fill("profileFields:fields:1:name", "Interests");
        new Select(driver.findElement(By.id("profileFields:fields:1:type"))).selectByVisibleText("Multiple choice");
        pages.click("profileFields:save");
        assertTrue(pages.text("profileFields:fields:1:allowedValuesMessage").contains("allowed values"));
        pages.fill("profileFields:fields:1:allowedValues", "Music\nPoetry\nChess");
        pages.click("profileFields:save");
        assertTrue(pages.pageText().contains("Profile fields saved: 2 fields."), pages.pageText());
        assertEquals("Music\nPoetry\nChess", pages.value("profileFields:fields:1:allowedValues"));
        assertFalse(
                driver.findElement(By.id("profileFields:fields:0:allowedValues"))
                        .isDisplayed(),
                "a text field has no allowed values to show");
        scrollTo("profileHeading");
        Browser.screenshot(driver, "workspace-profile-fields");
        assertEquals(
                List.of(
                        Map.of("name", "Company", "type", "text", "allowedValues", List.of()),
                        Map.of(
                                "name",
                                "Interests",
                                "type",
                                "choice",
                                "allowedValues",
                                List.of("Music", "Poetry", "Chess"))),
                fieldsOf(api, workspaceId));

        connect(api, workspaceId, sourceId, prefix + "/members.csv");
        Http.Reply run = api.send("POST", "/workspaces/" + workspaceId + "/remote-source/sync", null, null);
        assertEquals("SUCCEEDED", run.json().get("outcome"), run::toString);

        pages.open("/console/workspaces/users.xhtml?id=" + workspaceId);
        pages.click("members:members:0:userName");
        assertEquals(email, pages.text("userName"));
        assertEquals("remote source", pages.text("source"));
        assertEquals(email, pages.text("remoteEmail"));
        assertEquals("Lovelace", pages.text("remoteLastName"));
        assertTrue(pages.text("remoteId").endsWith("#7"), pages.text("remoteId"));
        assertEquals("Company", pages.text("profile:0:field"));
        assertEquals("<b>Ada & Co</b>", pages.text("profile:0:values"), "shown as text, not markup");
        assertTrue(driver.findElements(By.cssSelector("#profile b")).isEmpty());
        assertEquals("Interests", pages.text("profile:1:field"));
        assertEquals(
                List.of("Music", "Poetry"),
                driver.findElements(By.cssSelector("[id='profile:1:values'] .badge")).stream()
                        .map(WebElement::getText)
                        .toList());
        scrollTo("remoteHeading");
        Browser.screenshot(driver, "workspace-member");

        // Renaming is a new field; a removed field goes with its values; a choice no longer allowed leaves.
        pages.click("wsSettings");
        pages.fill("profileFields:fields:0:name", "Employer");
        pages.fill("profileFields:fields:1:allowedValues", "Music\nChess");
        pages.click("profileFields:save");
        assertTrue(pages.pageText().contains("Profile fields saved: 2 fields."), pages.pageText());
        pages.open("/console/workspaces/users.xhtml?id=" + workspaceId);
        pages.click("members:members:0:userName");
        assertEquals("Employer", pages.text("profile:0:field"));
        assertEquals("none", pages.text("profile:0:noValue"));
        assertEquals("Music", pages.text("profile:1:values"));

        pages.click("wsSettings");
        pages.toggle("profileFields:fields:1:remove");
        pages.click("profileFields:save");
        assertTrue(pages.pageText().contains("Profile fields saved: 1 field."), pages.pageText());
        assertEquals(
                List.of("Employer"),
                fieldsOf(api, workspaceId).stream().map(f -> f.get("name")).toList());
        assertFalse(pages.present("profileFields:fields:2:name"), "one field and the empty row");
    }

    private static Map<String, Object> source() {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("name", "Register");
        source.put("host", "127.0.0.1");
        source.put("port", sftp.port());
        source.put("user", "register");
        source.put("password", PASSWORD);
        source.put("hostKeyFingerprint", SftpTestServer.HOST_FINGERPRINT);
        return source;
    }

    private static void connect(Http api, String workspaceId, String sourceId, String path) {
        Http.Reply connected = api.send(
                "PUT",
                "/workspaces/" + workspaceId + "/remote-source",
                Json.write(Map.of("sourceId", sourceId, "path", path, "intervalMinutes", 0)),
                JSON);
        assertEquals(200, connected.status(), connected::toString);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> fieldsOf(Http api, String workspaceId) {
        Http.Reply reply = api.get("/workspaces/" + workspaceId + "/profile-fields");
        assertEquals(200, reply.status(), reply::toString);
        return (List<Map<String, Object>>) reply.json().get("profileFields");
    }

    private void scrollTo(String id) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView();", driver.findElement(By.id(id)));
    }

    private void awaitNoProgress() {
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .pollingEvery(Duration.ofMillis(500))
                .until(d -> d.findElements(By.id("syncProgress")).isEmpty()
                        && !d.findElements(By.id("runs")).isEmpty());
    }
}
