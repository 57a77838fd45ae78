package org.scimspace.it.console;

import java.net.URL;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;
import org.scimspace.it.ItSettings;
import org.scimspace.it.Tenants;

/**
 * What every console browser test starts from: the built WAR on Payara Micro, a fresh
 * browser, and a fresh account with a main user of its own, so no test depends on another.
 */
@ExtendWith(ArquillianExtension.class)
abstract class ConsoleBrowserTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ItSettings.war();
    }

    @ArquillianResource
    URL base;

    WebDriver driver;
    ConsolePages pages;
    Tenants.ConsoleAccount account;

    @BeforeEach
    void openBrowser() {
        driver = Browser.open();
        pages = new ConsolePages(driver, base.toString());
        account = Tenants.newAccountWithMainUser(base.toString());
    }

    @AfterEach
    void closeBrowser() {
        driver.quit();
    }
}
