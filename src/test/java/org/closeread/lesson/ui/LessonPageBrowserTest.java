package org.closeread.lesson.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.closeread.browser.AppBrowserTest;
import org.closeread.browser.Axe;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

class LessonPageBrowserTest extends AppBrowserTest {

    private static final String LESSON = "lessons/china-russia-defence-ministers";

    @Test
    void the_lesson_page_shows_the_headline_and_highlighted_quotes() {
        open(LESSON + "?step=2");

        assertThat(waitFor(By.id("article-headline")).getText())
                .isEqualTo("Chinese and Russian defence ministers reaffirm close bilateral ties");
        WebElement quote = waitFor(By.cssSelector(".article-page .hl-quote"));
        assertThat(quote.getText()).isNotBlank();
        assertThat(quote.getCssValue("text-decoration-line")).as("a second cue besides colour").contains("underline");
        assertThat(driver.findElement(By.id("step-position")).getText()).isEqualTo("Step 2 of 7");
    }

    @Test
    void a_highlight_opens_by_keyboard_and_its_explanation_is_read_in_the_side_panel() {
        open(LESSON + "?step=2");
        waitFor(By.cssSelector(".hl-marker-quote"));

        WebElement marker = null;
        for (int i = 0; i < 80 && marker == null; i++) {
            focused().sendKeys(Keys.TAB);
            WebElement now = focused();
            if (String.valueOf(now.getDomAttribute("class")).contains("hl-marker-quote")) {
                marker = now;
            }
        }
        assertThat(marker).as("a quote marker is reachable with Tab").isNotNull();
        String annotation = marker.getDomAttribute("data-annotation");
        marker.sendKeys(Keys.ENTER);

        WebElement panel = waitFor(By.cssSelector("#explanation.is-open"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "explanation-heading".equals(focused()
                .getDomAttribute("id")));
        assertThat(panel.findElement(By.id("explanation-heading")).getText()).isEqualTo("Quotes");
        assertThat(panel.findElement(By.cssSelector(".markdown")).getText()).hasSizeGreaterThan(40);
        assertThat(driver.findElements(By.cssSelector(".hl.is-selected[data-annotation='" + annotation + "']")))
                .isNotEmpty();
    }

    @Test
    void the_library_and_the_lesson_have_no_serious_accessibility_violations() {
        open("");
        assertThat(Axe.violations(driver, null, Axe.WCAG_21_AA, Axe.SERIOUS_OR_CRITICAL)).as("library").isEmpty();

        for (int step = 1; step <= 7; step++) {
            open(LESSON + "?step=" + step);
            waitFor(By.id("article-headline"));
            assertThat(Axe.violations(driver, null, Axe.WCAG_21_AA, Axe.SERIOUS_OR_CRITICAL))
                    .as("lesson step " + step).isEmpty();
        }

        driver.findElement(By.cssSelector(".hl-marker")).click();
        waitFor(By.cssSelector("#explanation.is-open"));
        assertThat(Axe.violations(driver, null, Axe.WCAG_21_AA, Axe.SERIOUS_OR_CRITICAL))
                .as("explanation open").isEmpty();
    }

    @Test
    void on_a_tablet_the_explanation_opens_as_a_drawer_over_the_article() {
        resize(768, 1024);
        open(LESSON + "?step=3");

        driver.findElement(By.cssSelector(".hl-marker")).click();
        WebElement panel = waitFor(By.cssSelector("#explanation.is-open"));

        assertThat(panel.getCssValue("position")).isEqualTo("fixed");
        panel.findElement(By.xpath(".//vaadin-button[normalize-space()='Close']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d ->
                d.findElements(By.cssSelector("#explanation.is-open")).isEmpty());
    }
}
