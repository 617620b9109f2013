package org.closeread.quiz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.Predicate;
import org.closeread.browser.AppBrowserTest;
import org.closeread.browser.Axe;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Takes the whole first quiz with the keyboard alone (Tab, arrows, Space, Enter and typing): half of it
 * in one browser, the rest in another browser after resuming with the code, then reads the results.
 */
class QuizByKeyboardBrowserTest extends AppBrowserTest {

    private static final String QUIZ = "lessons/china-russia-defence-ministers/quiz";

    @Test
    void the_whole_quiz_is_taken_by_keyboard_and_resumed_by_code_in_a_new_browser() {
        open(QUIZ);
        press(driver, Keys.ENTER, tabTo(driver, e -> isButton(e, "Start the quiz")));
        String code = waitFor(By.id("resume-code")).getText();
        int total = total(driver);
        assertThat(total).isGreaterThanOrEqualTo(20);
        assertThat(Axe.violations(driver, null, Axe.WCAG_21_AA, Axe.SERIOUS_OR_CRITICAL)).as("quiz page").isEmpty();

        boolean highlightAnswered = false;
        int half = total / 2;
        for (int i = 1; i <= half; i++) {
            highlightAnswered |= answerCurrent(driver, i);
            press(driver, Keys.ENTER, tabTo(driver, e -> isButton(e, "Next question")));
            waitForPosition(driver, i + 1, total);
        }

        ChromeDriver second = newBrowser();
        open(second, QUIZ);
        tabTo(second, e -> "input".equals(e.getTagName())
                && "Resume code".equals(e.getAccessibleName()));
        keys(second, code.toLowerCase().replace("-", " "));
        keys(second, Keys.ENTER);
        waitForPosition(second, half + 1, total);
        assertThat(second.findElement(By.id("resume-code")).getText()).isEqualTo(code);

        for (int i = half + 1; i <= total; i++) {
            highlightAnswered |= answerCurrent(second, i);
            if (i < total) {
                press(second, Keys.ENTER, tabTo(second, e -> isButton(e, "Next question")));
                waitForPosition(second, i + 1, total);
            }
        }
        assertThat(highlightAnswered).as("a highlight question was answered by keyboard").isTrue();

        press(second, Keys.ENTER, tabTo(second, e -> isButton(e, "Finish the quiz")));
        WebElement score = waitFor(second, By.id("quiz-score"));
        assertThat(score.getText()).matches("Your score: \\d+% of the whole quiz");
        screenshot(second, "quiz-results");
        assertThat(second.findElements(By.cssSelector(".quiz-results .result-item"))).hasSize(total);
        assertThat(second.findElement(By.cssSelector(".quiz-results")).getText()).doesNotContain("not answered");
        assertThat(Axe.violations(second, null, Axe.WCAG_21_AA, Axe.SERIOUS_OR_CRITICAL)).as("results").isEmpty();
    }

    /** Answers the question on screen with the keyboard; true if it was a highlight question. */
    private boolean answerCurrent(ChromeDriver browser, int number) {
        WebElement card = waitFor(browser, By.cssSelector(".question-card"));
        String type = card.getDomAttribute("data-type");
        switch (type) {
            case "single", "truefalse" -> press(browser, Keys.SPACE,
                    tabTo(browser, e -> "input".equals(e.getTagName()) && "radio".equals(e.getDomAttribute("type"))));
            case "multiple" -> press(browser, Keys.SPACE,
                    tabTo(browser, e -> "input".equals(e.getTagName()) && "checkbox".equals(e.getDomAttribute("type"))));
            case "highlight" -> {
                tabTo(browser, e -> "cr-span-marker".equals(e.getTagName()));
                keys(browser, Keys.ENTER);
                keys(browser, Keys.ARROW_RIGHT);
                keys(browser, Keys.ENTER);
            }
            case "match" -> {
                tabTo(browser, e -> "vaadin-select-value-button".equals(e.getTagName()));
                keys(browser, Keys.ARROW_DOWN);
                new WebDriverWait(browser, Duration.ofSeconds(5)).until(d ->
                        Boolean.TRUE.equals(browser.executeScript("return !!document.querySelector("
                                + "'vaadin-select[opened]')")));
                keys(browser, Keys.ARROW_DOWN);
                keys(browser, Keys.ENTER);
            }
            case "order" -> press(browser, Keys.ENTER, tabTo(browser, e -> isButtonLabelled(e, "Move")));
            case "written" -> {
                tabTo(browser, e -> "textarea".equals(e.getTagName()));
                keys(browser, "The article relies on TASS and US officials; no Ukrainian voice is heard.");
            }
            default -> throw new AssertionError("unknown question type " + type);
        }
        press(browser, Keys.ENTER, tabTo(browser, e -> isButton(e, "Save answer")));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d ->
                d.findElement(By.cssSelector(".question-message")).getText().startsWith("Saved"));
        if ("written".equals(type)) {
            press(browser, Keys.SPACE, tabTo(browser, e -> "input".equals(e.getTagName())
                    && "checkbox".equals(e.getDomAttribute("type"))));
            press(browser, Keys.ENTER, tabTo(browser, e -> isButton(e, "Save my self-check")));
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(d ->
                    d.findElement(By.cssSelector(".question-message")).getText().equals("Self-check saved."));
        }
        screenshot(browser, "quiz-" + type);
        assertThat(browser.findElement(By.cssSelector(".result-panel")).isDisplayed())
                .as("question " + number + " (" + type + ") shows its result").isTrue();
        return "highlight".equals(type);
    }

    private static int total(ChromeDriver browser) {
        String position = waitFor(browser, By.id("question-position")).getText();
        return Integer.parseInt(position.replaceAll(".* of ", ""));
    }

    private static void waitForPosition(ChromeDriver browser, int number, int total) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> {
            var found = d.findElements(By.id("question-position"));
            return !found.isEmpty() && found.get(0).getText().equals("Question " + number + " of " + total);
        });
    }

    /** Presses Tab until the focused element matches, as a keyboard user would. */
    private static WebElement tabTo(ChromeDriver browser, Predicate<WebElement> wanted) {
        for (int i = 0; i < 120; i++) {
            try {
                WebElement focused = browser.switchTo().activeElement();
                if (wanted.test(focused)) {
                    return focused;
                }
            } catch (StaleElementReferenceException rerendered) {
                continue;
            }
            keys(browser, Keys.TAB);
        }
        throw new AssertionError("Tab never reached the wanted element; focus is on "
                + browser.switchTo().activeElement().getTagName());
    }

    /** Presses a key on whatever has the focus, as a keyboard does (the element only proves focus was there). */
    private static void press(ChromeDriver browser, CharSequence key, WebElement focused) {
        keys(browser, key);
    }

    private static void keys(ChromeDriver browser, CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
        waitForVaadin(browser);
    }

    private static boolean isButton(WebElement e, String text) {
        return "vaadin-button".equals(e.getTagName()) && text.equals(e.getText().strip())
                && !"true".equals(e.getDomAttribute("disabled"));
    }

    private static boolean isButtonLabelled(WebElement e, String start) {
        String label = e.getDomAttribute("aria-label");
        return "vaadin-button".equals(e.getTagName()) && label != null && label.startsWith(start)
                && e.getDomAttribute("disabled") == null;
    }
}
