package org.closeread.lesson.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.closeread.browser.AppBrowserTest;
import org.closeread.browser.Axe;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The guided reading keeps the student's place, on a laptop (1280×800) and on a phone (390×844): the new
 * step's heading in view after moving on, explanations in view and closed back to their marker, targets
 * big enough for a finger, the article first on a phone, and the last step leading on to the quiz.
 */
class ReadingPlaceBrowserTest extends AppBrowserTest {

    private static final String LESSON = "lessons/china-russia-defence-ministers";

    private boolean phone;

    private void openAt(int width, int height, String path) {
        resize(width, height);
        // The window's inner size is what the page lays out in.
        long inner = (Long) driver.executeScript("return window.innerWidth");
        if (inner != width) {
            resize(width + (int) (width - inner), height);
        }
        phone = width < 600;
        open(path);
        waitFor(By.id("article-headline"));
    }

    /** The step's own "Next step": in the side panel on a laptop, in the bar at the top on a phone. */
    private WebElement next() {
        return waitFor(phone ? By.cssSelector(".step-bar button.step-bar-next")
                : By.cssSelector(".step-guide .step-navigation button.step-next"));
    }

    private Map<String, Object> rect(String selector) {
        @SuppressWarnings("unchecked")
        Map<String, Object> r = (Map<String, Object>) driver.executeScript(
                "const r = document.querySelector(arguments[0]).getBoundingClientRect();"
                + " return {top: r.top, bottom: r.bottom, height: r.height, inner: window.innerHeight};", selector);
        return r;
    }

    private static double d(Map<String, Object> r, String key) {
        return ((Number) r.get(key)).doubleValue();
    }

    private void assertInView(String selector) {
        Map<String, Object> r = rect(selector);
        assertThat(d(r, "top")).as(selector + " top").isGreaterThanOrEqualTo(0);
        assertThat(d(r, "bottom")).as(selector + " bottom").isLessThanOrEqualTo(d(r, "inner"));
    }

    private void scrollTo(int y) {
        driver.executeScript("window.scrollTo(0, arguments[0])", y);
    }

    private void waitUntil(String script, Object... args) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(x -> Boolean.TRUE.equals(driver.executeScript(script, args)));
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1280, 800", "390, 844"})
    void after_next_step_the_new_step_heading_is_in_view(int width, int height) {
        openAt(width, height, LESSON + "?step=1");
        scrollTo(1500);

        next().click();
        waitUntil("return document.getElementById('step-position').textContent === 'Step 2 of 7'");

        if (phone) {
            assertInView(".step-bar");
            assertThat(driver.findElement(By.cssSelector(".step-bar")).getText()).startsWith("Step 2 of 7: Who speaks?");
            assertThat(d(rect("#article-headline"), "top")).as("the article comes before the step's text")
                    .isLessThan(d(rect("#step-guide"), "top"));
            assertThat((Long) driver.executeScript("return document.documentElement.scrollWidth"))
                    .as("nothing is wider than the phone").isLessThanOrEqualTo(width);
            assertThat(d(rect(".app-header"), "height")).as("the header's menu stays on one line").isLessThan(60);
        } else {
            assertInView("#step-title");
            assertThat(driver.findElement(By.id("step-title")).getText()).isEqualTo("Who speaks?");
            assertThat(d(rect(".lesson-side"), "height")).as("the panel is never taller than the screen")
                    .isLessThanOrEqualTo(height);
            assertThat((Long) driver.executeScript("return document.querySelector('.lesson-side').scrollTop"))
                    .isZero();
        }
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1280, 800", "390, 844"})
    void close_and_escape_return_the_focus_to_the_marker_that_opened_the_explanation(int width, int height) {
        openAt(width, height, LESSON + "?step=3");
        WebElement marker = waitFor(By.cssSelector(".article-page .hl-marker-source"));
        String annotation = marker.getDomAttribute("data-annotation");
        driver.executeScript("arguments[0].focus()", marker);
        marker.sendKeys(Keys.ENTER);
        waitUntil("return document.activeElement && document.activeElement.id === 'explanation-heading'");
        assertInView("#explanation-heading");
        assertInView(".explanation-close");

        driver.findElement(By.cssSelector(".explanation-close")).click();
        waitUntil("return document.activeElement.dataset.annotation === arguments[0]"
                + " && !document.querySelector('#explanation.is-open')", annotation);

        focused().sendKeys(Keys.ENTER);
        waitUntil("return document.activeElement && document.activeElement.id === 'explanation-heading'");
        focused().sendKeys(Keys.ESCAPE);
        waitUntil("return document.activeElement.dataset.annotation === arguments[0]"
                + " && !document.querySelector('#explanation.is-open')", annotation);
        assertThat(focused().getDomAttribute("class")).contains("hl-marker");
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1280, 800", "390, 844"})
    void every_marker_is_at_least_24_by_24_css_pixels(int width, int height) {
        for (int step = 1; step <= 7; step += 2) {
            openAt(width, height, LESSON + "?step=" + step);
            @SuppressWarnings("unchecked")
            List<Number> smallest = (List<Number>) driver.executeScript(
                    "const rs = [...document.querySelectorAll('.article-page .hl-marker')].map(m => m.getBoundingClientRect());"
                    + " return [rs.length, Math.min(...rs.map(r => r.width)), Math.min(...rs.map(r => r.height))];");
            assertThat(smallest.get(0).intValue()).as("markers on step " + step).isPositive();
            assertThat(smallest.get(1).doubleValue()).as("narrowest marker, step " + step).isGreaterThanOrEqualTo(24);
            assertThat(smallest.get(2).doubleValue()).as("lowest marker, step " + step).isGreaterThanOrEqualTo(24);
        }
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1280, 800", "390, 844"})
    void the_last_step_leads_to_the_quiz_which_opens_at_its_top_with_its_heading_focused(int width, int height) {
        openAt(width, height, LESSON + "?step=7");
        WebElement wayOn = waitFor(phone ? By.cssSelector(".step-bar .way-on") : By.cssSelector(".step-guide .way-on"));
        assertThat(wayOn.getText()).startsWith("Take the quiz");
        if (phone) {
            // The bar still says where the student is: "Step 7 of 7" whole, not cut short by the way on.
            assertThat((Boolean) driver.executeScript("const p = document.querySelector('.step-bar-position')"
                    + ".getBoundingClientRect(); const a = document.querySelector('.step-bar-about').getBoundingClientRect();"
                    + " return p.right <= a.right + 0.5;")).as("the step's position is not cut off").isTrue();
        }
        assertThat(driver.findElements(By.cssSelector(".step-guide .step-navigation button.step-next"))
                .stream().filter(WebElement::isDisplayed).toList()).as("no greyed-out Next step").isEmpty();
        scrollTo(2000);
        driver.executeScript("arguments[0].click()", wayOn);

        new WebDriverWait(driver, Duration.ofSeconds(15)).until(x -> x.getCurrentUrl().matches(".*/quiz(\\?path=core)?$"));
        waitUntil("return document.activeElement && document.activeElement.tagName === 'H1'");
        assertThat((Number) driver.executeScript("return window.scrollY")).satisfies(y -> assertThat(y.intValue()).isZero());
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1280, 800", "390, 844"})
    void a_lens_switched_on_before_its_step_says_when_it_starts(int width, int height) {
        openAt(width, height, LESSON + "?step=1");
        if (phone) {
            waitFor(By.cssSelector(".step-bar-lenses")).click();
            waitUntil("return document.getElementById('lens-filter').matches(':popover-open')");
        }
        waitFor(By.cssSelector("label:has(> #lens-quote) .lens-swatch")).click();

        waitUntil("return [...document.querySelectorAll('.lens-note')].some(n =>"
                + " n.textContent === 'Nothing to show yet: this lens starts at step 2.' && n.offsetParent !== null)");
        assertThat(Axe.violations(driver, null, Axe.WCAG_21_AA, Axe.SERIOUS_OR_CRITICAL))
                .as("the lens toggles open").isEmpty();
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1280, 800", "390, 844"})
    void the_reading_page_has_no_serious_accessibility_violations_with_an_explanation_open(int width, int height) {
        openAt(width, height, LESSON + "?step=2");
        assertThat(Axe.violations(driver, null, Axe.WCAG_21_AA, Axe.SERIOUS_OR_CRITICAL)).as("step 2").isEmpty();
        WebElement marker = waitFor(By.cssSelector(".article-page .hl-marker"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()", marker);
        waitFor(By.cssSelector("#explanation.is-open"));
        assertThat(Axe.violations(driver, null, Axe.WCAG_21_AA, Axe.SERIOUS_OR_CRITICAL)).as("explanation").isEmpty();
        screenshot(driver, "reading-" + width + "x" + height);
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1280, 800", "390, 844"})
    void moving_an_item_in_an_order_exercise_keeps_the_focus_on_it(int width, int height) {
        openAt(width, height, LESSON + "?step=3&path=full"); // the order exercise is on the full path
        WebElement firstDown = waitFor(By.cssSelector(".order-input li:first-child vaadin-button[aria-label$='down']"));
        String item = driver.findElement(By.cssSelector(".order-input li:first-child .order-item-text")).getText();
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", firstDown);

        focused().sendKeys(Keys.ENTER);
        waitUntil("return document.querySelector('.order-input li:nth-child(2) .order-item-text').textContent === arguments[0]"
                + " && (document.activeElement.getAttribute('aria-label') || '').endsWith('down')", item);
        assertThat(focused().getDomAttribute("aria-label")).isEqualTo("Move “" + item + "” down");

        focused().sendKeys(Keys.ENTER);
        waitUntil("return document.querySelector('.order-input li:nth-child(3) .order-item-text').textContent === arguments[0]",
                item);
    }
}
