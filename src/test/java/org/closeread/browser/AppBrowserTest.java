package org.closeread.browser;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real chromium against the whole app on a random port. Each test gets a fresh browser (no shared
 * cookies); {@link #newBrowser()} opens more, for tests with several people.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class AppBrowserTest {

    @LocalServerPort
    protected int port;

    protected ChromeDriver driver;
    private final List<ChromeDriver> browsers = new java.util.ArrayList<>();

    /** Without chromium each test is reported skipped, loudly (or fails where a browser is required). */
    @BeforeEach
    void openBrowser() {
        driver = newBrowser();
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(ChromeDriver::quit);
        browsers.clear();
    }

    protected ChromeDriver newBrowser() {
        ChromeDriver browser = Chromium.driver();
        browsers.add(browser);
        return browser;
    }

    /** Opens a page of the app and waits until Vaadin has rendered it and is idle. */
    protected void open(ChromeDriver browser, String path) {
        browser.get("http://localhost:" + port + "/" + path);
        waitForVaadin(browser);
    }

    protected void open(String path) {
        open(driver, path);
    }

    protected static void waitForVaadin(ChromeDriver browser) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(browser.executeScript(
                "return !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())"
                + " && !!document.querySelector('.app-main')")));
    }

    protected static WebElement waitFor(ChromeDriver browser, By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> {
            List<WebElement> found = d.findElements(by);
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        });
    }

    protected WebElement waitFor(By by) {
        return waitFor(driver, by);
    }

    protected void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Keeps a screenshot under target/screenshots, for looking at what a test saw. */
    protected static void screenshot(ChromeDriver browser, String name) {
        try {
            java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
            java.nio.file.Files.write(dir.resolve(name + ".png"),
                    browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The element that has the keyboard focus. */
    protected WebElement focused() {
        return driver.switchTo().activeElement();
    }
}
