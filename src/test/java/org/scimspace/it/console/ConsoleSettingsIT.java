package org.scimspace.it.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.scimspace.it.Http;

/** The console in a real browser: login, lockout, and the seed's first procedure (enable SCIM). */
class ConsoleSettingsIT extends ConsoleBrowserTest {

    @Test
    void consolePagesNeedALoginAndLogoutEndsTheSession() {
        pages.open("/console/account/settings.xhtml");
        assertTrue(driver.getCurrentUrl().contains("/login.xhtml"), driver.getCurrentUrl());
        Browser.screenshot(driver, "login");
        pages.logInExpectingConsole(account.login(), account.password());
        assertTrue(pages.pageText().contains(account.login()));
        pages.click("logout:submit");
        pages.open("/console/index.xhtml");
        assertTrue(driver.getCurrentUrl().contains("/login.xhtml"), driver.getCurrentUrl());
    }

    @Test
    void repeatedFailedLoginsLockTheLogin() {
        for (int attempt = 0; attempt < 5; attempt++) {
            pages.logIn(account.login(), "wrong password " + attempt);
            assertTrue(pages.text("login:passwordMessage").contains("wrong password")
                    || pages.text("login:passwordMessage").contains("locked"));
        }
        pages.logIn(account.login(), account.password());
        assertTrue(pages.text("login:passwordMessage").contains("locked"), pages.pageText());
        assertFalse(driver.getCurrentUrl().contains("/console/"));
        Browser.screenshot(driver, "login-locked");
    }

    @Test
    void enablingScimNeedsSsoThenGivesTheTenantUrlAndAOneTimeToken() {
        pages.logInExpectingConsole(account.login(), account.password());
        pages.click("navSettings");

        pages.toggle("scim:scimEnabled");
        pages.click("scim:save");
        assertTrue(pages.text("scim:scimEnabledMessage").contains("Single Sign-On"), pages.pageText());

        pages.fill("sso:entraTenantId", "not a guid");
        pages.click("sso:save");
        assertTrue(pages.text("sso:entraTenantIdMessage").contains("GUID"), pages.pageText());
        pages.fill("sso:entraTenantId", UUID.randomUUID().toString());
        pages.fill("sso:domain", "contoso.com");
        pages.click("sso:save");
        assertTrue(pages.pageText().contains("Single Sign-On settings saved."));

        pages.toggle("scim:scimEnabled");
        pages.click("scim:save");
        assertTrue(pages.pageText().contains("User synchronization is enabled."), pages.pageText());
        String tenantUrl = pages.value("tenantUrl");
        assertEquals(base.toString() + "scim/v2", tenantUrl);

        pages.click("tokens:generate");
        String secret = pages.value("secret");
        assertTrue(secret.startsWith("scim_"), secret);
        Browser.screenshot(driver, "account-settings-token");
        assertEquals(200, new Http(tenantUrl, secret).get("/Users").status(), "Entra's Test Connection works");

        pages.open("/console/account/settings.xhtml");
        assertFalse(pages.present("secret"), "the token is shown once");
        assertFalse(driver.getPageSource().contains(secret));
        assertTrue(pages.present("tokens:list"));
        Browser.screenshot(driver, "account-settings");

        pages.click("tokens:list:0:revoke");
        assertEquals(401, new Http(tenantUrl, secret).get("/Users").status());
    }

    @Test
    void pagesCarrySecurityHeaders() {
        Http.Reply login = new Http(base.toString(), null).get("/login.xhtml");
        assertTrue(login.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
        assertEquals("DENY", login.header("X-Frame-Options"));
        assertEquals("no-store", login.header("Cache-Control"));
    }
}
