package org.closeread.quiz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.closeread.browser.AppBrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In real browsers: once an answer's feedback is shown, the page locks it, and a second tab that still
 * shows the question open is refused by the server, which keeps the first answer.
 */
class AnswerIsFinalBrowserTest extends AppBrowserTest {

    private static final String QUIZ = "lessons/china-russia-defence-ministers/quiz";

    private static void chooseOption(ChromeDriver browser, int index) {
        List<WebElement> radios = waitFor(browser, By.cssSelector(".question-card vaadin-radio-group"))
                .findElements(By.cssSelector("vaadin-radio-button"));
        radios.get(index).click();
    }

    private static void save(ChromeDriver browser) {
        browser.findElements(By.cssSelector(".question-card vaadin-button")).stream()
                .filter(b -> b.getText().equals("Save answer")).findFirst().orElseThrow().click();
    }

    private static String message(ChromeDriver browser) {
        return wait(browser).until(d -> {
            String text = d.findElement(By.cssSelector(".question-message")).getText();
            return text.isBlank() ? null : text;
        });
    }

    /** Vaadin replaces elements as it updates the page: a stale one is looked up again. */
    private static WebDriverWait wait(ChromeDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    @Test
    void an_answer_whose_feedback_was_shown_cannot_be_changed_from_another_tab() {
        open(QUIZ);
        waitFor(By.xpath("//vaadin-button[text()='Start the quiz']")).click();
        String code = waitFor(By.id("resume-code")).getText();
        assertThat(waitFor(By.cssSelector(".question-card")).getDomAttribute("data-type")).isEqualTo("single");

        // The same student in a second tab, on the same open question.
        ChromeDriver second = newBrowser();
        open(second, QUIZ);
        WebElement field = waitFor(second, By.cssSelector("vaadin-text-field input"));
        field.sendKeys(code);
        second.findElements(By.cssSelector("vaadin-button")).stream()
                .filter(b -> b.getText().startsWith("Continue") || b.getText().startsWith("Resume"))
                .findFirst().orElseThrow().click();
        waitFor(second, By.cssSelector(".question-card vaadin-radio-group"));

        chooseOption(driver, 0);
        save(driver);
        assertThat(message(driver)).isEqualTo("Saved. This answer is final: its feedback is shown.");
        assertThat(driver.findElement(By.cssSelector(".result-panel")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.cssSelector(".question-card vaadin-radio-group"))
                .getDomAttribute("readonly")).as("the first tab locks the answer").isNotNull();
        assertThat(driver.findElements(By.xpath("//vaadin-button[text()='Save answer']")).stream()
                .filter(WebElement::isDisplayed)).isEmpty();

        chooseOption(second, 1);
        save(second);
        assertThat(message(second)).isEqualTo("Your answer to this question is final: its feedback has been shown."
                + " Your saved answer has not changed.");

        // Reloaded, the first question shows the first answer, locked.
        open(second, QUIZ);
        waitFor(second, By.id("question-position"));
        second.findElements(By.cssSelector("vaadin-button")).stream()
                .filter(b -> b.getText().equals("Previous question")).findFirst().orElseThrow().click();
        wait(second).until(d -> d.findElement(By.id("question-position")).getText().startsWith("Question 1 of"));
        int checked = wait(second).until(d -> {
            List<WebElement> radios = d.findElements(By.cssSelector(".question-card vaadin-radio-button"));
            for (int i = 0; i < radios.size(); i++) {
                if (radios.get(i).getDomAttribute("checked") != null) {
                    return i;
                }
            }
            return null;
        });
        assertThat(checked).as("the first tab's answer").isZero();
        assertThat(message(second)).isEqualTo("Saved. This answer is final: its feedback is shown.");
    }
}
