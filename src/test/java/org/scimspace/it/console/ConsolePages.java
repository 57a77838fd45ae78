package org.scimspace.it.console;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the console tests do again and again: log in, open a page, fill a field, read a message. */
public final class ConsolePages {

    private final WebDriver driver;
    private final String baseUrl;

    public ConsolePages(WebDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(baseUrl + path);
    }

    public void logIn(String login, String password) {
        open("/login.xhtml");
        fill("login:username", login);
        fill("login:password", password);
        click("login:submit");
    }

    public void logInExpectingConsole(String login, String password) {
        logIn(login, password);
        assertTrue(driver.getCurrentUrl().contains("/console/"), driver.getCurrentUrl());
    }

    public void fill(String id, String value) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    /** Clicks a button or link that loads a new page, and waits until the old page is gone. */
    public void click(String id) {
        WebElement element = driver.findElement(By.id(id));
        element.click();
        // Mid-navigation, Chromium may answer "node does not belong to the document" rather than "stale".
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(WebDriverException.class)
                .until(ExpectedConditions.stalenessOf(element));
    }

    /** Clicks something that changes the page in place (a checkbox, an Ajax control). */
    public void toggle(String id) {
        driver.findElement(By.id(id)).click();
    }

    public String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    public boolean present(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    public String value(String id) {
        return driver.findElement(By.id(id)).getAttribute("value");
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }
}
