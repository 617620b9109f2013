package org.closeread.authoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.closeread.browser.AppBrowserTest;
import org.closeread.security.TeacherAccountService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In a real chromium: a teacher logs in, pastes a short article, marks a quote by keyboard alone,
 * writes a highlight question whose key is marked the same way, publishes; a student then answers it.
 */
class TeacherToStudentBrowserTest extends AppBrowserTest {

    static final String TEACHER = "tess";
    static final String PASSWORD = "a long enough passphrase";
    static final String SLUG = "astana-meeting";

    @Autowired
    TeacherAccountService teachers;

    @Test
    void a_teacher_writes_and_publishes_a_highlight_question_and_a_student_answers_it() {
        logIn(driver);

        open("teacher/new");
        type(By.cssSelector("#article-title input"), "Ministers meet in Astana");
        type(By.cssSelector("#article-outlet input"), "Daily Example");
        clearAndType(By.cssSelector("#lesson-slug input"), SLUG);
        type(By.cssSelector("#article-text textarea"), "Ministers meet in Astana\n\n“We agree on everything,” Dong"
                + " Jun said, according to the TASS news agency.\n\nAdvertisement");
        driver.findElement(By.id("split-article")).click();
        waitFor(By.cssSelector(".block-row"));
        assertThat(driver.findElements(By.cssSelector(".block-row"))).hasSize(3);

        open("teacher/lessons/" + SLUG + "/annotations");
        WebElement marker = waitFor(By.cssSelector(".annotation-editor cr-span-marker"));
        markByKeyboard(marker, 4, 3);
        waitUntilText(By.cssSelector(".marked-text"), "Marked: “We agree on everything”");
        type(By.cssSelector("#fact-speaker input"), "Dong Jun");
        type(By.cssSelector("#annotation-explanation textarea"), "Dong Jun's words, relayed by TASS.");
        driver.findElement(By.id("save-annotation")).click();
        waitFor(By.cssSelector("[data-annotation='quote-we-agree-on-everything']"));

        open("teacher/lessons/" + SLUG + "/questions");
        waitFor(By.id("add-highlight")).click();
        type(By.cssSelector("#question-prompt textarea"), "Mark Dong Jun's own words.");
        type(By.cssSelector("#question-explanation textarea"), "His words are the ones in quotation marks.");
        markByKeyboard(waitFor(By.cssSelector(".highlight-body cr-span-marker")), 4, 3);
        driver.findElement(By.id("save-question")).click();
        waitUntilText(By.cssSelector(".editor-view > .form-message"), "Saved.");

        open("teacher/lessons/" + SLUG + "/publish");
        waitFor(By.id("publish-lesson")).click();
        waitUntilText(By.cssSelector(".editor-view > .form-message"), "Published: students find it in the library,"
                + " at lessons/" + SLUG + ".");

        ChromeDriver student = newBrowser();
        open(student, "lessons/" + SLUG + "/quiz");
        waitFor(student, By.xpath("//vaadin-button[contains(., 'Start the quiz')]")).click();
        WebElement answer = waitFor(student, By.cssSelector(".question-card cr-span-marker"));
        word(answer, "We").click();
        word(answer, "everything").click();
        student.findElement(By.xpath("//vaadin-button[contains(., 'Save answer')]")).click();

        WebElement result = waitFor(student, By.cssSelector(".result-panel[data-verdict='right']"));
        assertThat(result.getText()).contains("Right", "His words are the ones in quotation marks.");
    }

    private void logIn(ChromeDriver browser) {
        if (!teachers.exists(TEACHER)) {
            teachers.create(TEACHER, "Tess", PASSWORD);
        }
        open(browser, "login");
        waitFor(browser, By.cssSelector("vaadin-text-field[name='username'] input")).sendKeys(TEACHER);
        browser.findElement(By.cssSelector("vaadin-password-field[name='password'] input"))
                .sendKeys(PASSWORD, Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("login"));
    }

    /**
     * Focuses the marker (on its first word), moves {@code toStart} words right, starts a mark with Enter,
     * extends it {@code extend} words and finishes it with Enter: no mouse at all.
     */
    private void markByKeyboard(WebElement marker, int toStart, int extend) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", marker);
        Actions keys = new Actions(driver);
        for (int i = 0; i < toStart; i++) {
            keys.sendKeys(Keys.ARROW_RIGHT);
        }
        keys.sendKeys(Keys.ENTER);
        for (int i = 0; i < extend; i++) {
            keys.sendKeys(Keys.ARROW_RIGHT);
        }
        keys.sendKeys(Keys.ENTER).perform();
        waitForVaadin(driver);
    }

    private static WebElement word(WebElement marker, String text) {
        SearchContext shadow = marker.getShadowRoot();
        List<WebElement> words = shadow.findElements(By.cssSelector("[role=option]"));
        return words.stream().filter(w -> w.getText().equals(text)).findFirst().orElseThrow();
    }

    private void type(By field, String text) {
        WebElement input = waitFor(field);
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
    }

    private void clearAndType(By field, String text) {
        WebElement input = waitFor(field);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        type(field, text);
    }

    private void waitUntilText(By by, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElements(by).stream()
                .anyMatch(e -> e.getText().strip().equals(text)));
    }
}
