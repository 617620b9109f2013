package org.closeread.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.closeread.browser.AppBrowserTest;
import org.closeread.browser.Axe;
import org.closeread.security.TeacherAccountService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Logging in and unknown addresses, on a laptop and on a phone: a wrong password keeps the username, a
 * teacher lands on their lessons, and an unknown address shows a not-found page inside the usual frame, for
 * students and for teachers alike.
 */
class PageFrameBrowserTest extends AppBrowserTest {

    private static final String TEACHER = "frame-teacher";
    private static final String PASSWORD = "a long enough passphrase";

    @Autowired
    TeacherAccountService teachers;

    private void size(int width, int height) {
        resize(width, height);
        long inner = (Long) driver.executeScript("return window.innerWidth");
        if (inner != width) {
            resize(width + (int) (width - inner), height);
        }
    }

    private void assertNotFoundInTheFrame(String path) {
        open(path);
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Page not found");
        assertThat(driver.getCurrentUrl()).endsWith("/" + path);
        assertThat(driver.findElement(By.cssSelector(".app-header")).isDisplayed()).as("the layout's header").isTrue();
        assertThat(driver.findElement(By.cssSelector(".app-main")).getText()).contains("Go to the library of lessons");
        assertThat(Axe.violations(driver, null, Axe.WCAG_21_AA, Axe.SERIOUS_OR_CRITICAL)).as(path).isEmpty();
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1280, 800", "390, 844"})
    void an_unknown_address_shows_a_not_found_page_in_the_frame_to_a_student(int width, int height) {
        size(width, height);
        assertNotFoundInTheFrame("no-such-page");
        assertNotFoundInTheFrame("foo/bar");
        assertThat(driver.findElement(By.cssSelector(".app-header")).getText()).contains(width < 600 ? "Join" : "Join a class");
        assertThat(driver.findElement(By.cssSelector(".app-header a[href='join']")).getAccessibleName()).isEqualTo("Join a class");
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1280, 800", "390, 844"})
    void a_wrong_password_keeps_the_username_and_a_teacher_lands_on_their_lessons(int width, int height) {
        size(width, height);
        if (!teachers.exists(TEACHER)) {
            teachers.create(TEACHER, "Frida", PASSWORD);
        }
        open("login");
        waitFor(By.cssSelector("vaadin-text-field[name='username'] input")).sendKeys(TEACHER);
        driver.findElement(By.cssSelector("vaadin-password-field[name='password'] input"))
                .sendKeys("not the password", Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("error"));
        waitForVaadin(driver);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> TEACHER.equals(driver.executeScript(
                "return document.querySelector(\"vaadin-text-field[name='username']\").value")));

        driver.findElement(By.cssSelector("vaadin-password-field[name='password'] input")).sendKeys(PASSWORD, Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().endsWith("/teacher"));
        waitForVaadin(driver);

        assertNotFoundInTheFrame("foo/bar");
        assertThat(driver.findElement(By.cssSelector(".app-header")).getText()).contains("Log out");
    }
}
