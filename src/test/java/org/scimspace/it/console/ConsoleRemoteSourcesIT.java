package org.scimspace.it.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
    }

    private void awaitNoProgress() {
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .pollingEvery(Duration.ofMillis(500))
                .until(d -> d.findElements(By.id("syncProgress")).isEmpty()
                        && !d.findElements(By.id("runs")).isEmpty());
    }
}
