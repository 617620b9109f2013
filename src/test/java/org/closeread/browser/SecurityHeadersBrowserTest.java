package org.closeread.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.closeread.security.TeacherAccountService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The security headers are on every response of the real server, and the student and teacher pages
 * still work under the Content Security Policy: chromium reports no violation and no console error.
 */
class SecurityHeadersBrowserTest extends AppBrowserTest {

    private static final String TEACHER = "csp-teacher";
    private static final String PASSWORD = "correct horse battery staple";
    private static final String SLUG = "china-russia-defence-ministers";

    @Autowired
    TeacherAccountService teachers;

    private HttpResponse<Void> head(String path) throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
        }
    }

    @Test
    void every_kind_of_response_carries_the_security_headers() throws Exception {
        for (String path : List.of("/", "/lessons/" + SLUG, "/login", "/teacher", "/api/articles", "/api/nothing",
                "/api/teacher/lessons/x/export", "/actuator/health", "/js/span-marker.js", "/styles/closeread.css")) {
            var headers = head(path).headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'"));
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).contains("strict-origin-when-cross-origin");
            assertThat(headers.allValues("X-Frame-Options")).as(path).containsExactly("DENY");
            assertThat(headers.allValues("Content-Security-Policy")).as(path).hasSize(1);
            assertThat(headers.firstValue("Permissions-Policy")).as(path).hasValueSatisfying(p -> assertThat(p)
                    .contains("camera=()", "microphone=()", "geolocation=()"));
        }
    }

    /** Records every CSP violation of each document the browser opens, from its very start. */
    private static void watchViolations(ChromeDriver browser) {
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.__violations = [];"
                + "document.addEventListener('securitypolicyviolation', e => window.__violations.push("
                + "e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile"
                + " + ':' + e.lineNumber));"));
    }

    private static List<String> problems(ChromeDriver browser) {
        List<String> found = new ArrayList<>();
        Object violations = browser.executeScript("return window.__violations || []");
        if (violations instanceof List<?> list) {
            list.forEach(v -> found.add("CSP: " + v));
        }
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            // A missing favicon is the browser asking, not the page failing.
            boolean favicon = entry.getMessage().contains("/favicon.ico");
            if (!favicon && (entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()
                    || entry.getMessage().contains("Content Security Policy"))) {
                found.add("console: " + entry.getMessage());
            }
        }
        return found;
    }

    @Test
    void student_pages_work_under_the_policy_with_no_violation() {
        watchViolations(driver);
        open("");
        waitFor(By.xpath("//a[contains(@href, '" + SLUG + "')]"));
        open("lessons/" + SLUG);
        waitFor(By.cssSelector(".lesson-view"));
        open("lessons/" + SLUG + "/quiz");
        waitFor(By.xpath("//vaadin-button[contains(., 'Start the quiz')]")).click();
        waitFor(By.id("resume-code"));
        waitFor(By.id("question-position"));
        open("join");
        waitFor(By.id("resume-code-field"));

        assertThat(problems(driver)).isEmpty();
    }

    @Test
    void teacher_pages_work_under_the_policy_with_no_violation() {
        if (!teachers.exists(TEACHER)) {
            teachers.create(TEACHER, "Tess", PASSWORD);
        }
        watchViolations(driver);
        open("login");
        waitFor(By.cssSelector("vaadin-text-field[name='username'] input")).sendKeys(TEACHER);
        driver.findElement(By.cssSelector("vaadin-password-field[name='password'] input")).sendKeys(PASSWORD, Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("login"));
        waitForVaadin(driver);
        open("teacher");
        waitFor(By.cssSelector(".teacher-view"));
        open("teacher/classes");
        waitForVaadin(driver);
        open("teacher/import");
        waitFor(By.cssSelector("vaadin-upload"));
        open("teacher/lessons/" + SLUG + "/publish");
        waitForVaadin(driver);

        assertThat(problems(driver)).isEmpty();
    }
}
