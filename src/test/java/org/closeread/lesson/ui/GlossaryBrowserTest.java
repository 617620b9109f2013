package org.closeread.lesson.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.closeread.browser.AppBrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A glossary term in the article opens and closes its definition by keyboard, without opening a highlight. */
class GlossaryBrowserTest extends AppBrowserTest {

    @Test
    void a_glossary_term_is_reached_with_tab_and_opens_its_definition_with_enter() {
        open("lessons/china-russia-defence-ministers?path=core&step=2");
        waitFor(By.cssSelector(".article-page .gloss-term"));

        WebElement term = null;
        for (int i = 0; i < 120 && term == null; i++) {
            focused().sendKeys(Keys.TAB);
            WebElement now = focused();
            if (String.valueOf(now.getDomAttribute("class")).contains("gloss-term")
                    && now.findElements(By.xpath("ancestor::*[contains(@class,'article-page')]")).size() > 0) {
                term = now;
            }
        }
        assertThat(term).as("a glossary term in the article is reachable with Tab").isNotNull();
        String definitionId = term.getDomAttribute("aria-describedby");
        WebElement definition = driver.findElement(By.id(definitionId));
        assertThat(definition.isDisplayed()).isFalse();
        assertThat(term.getDomAttribute("aria-expanded")).isEqualTo("false");

        term.sendKeys(Keys.ENTER);
        WebElement opened = term;
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> "true".equals(opened.getDomAttribute("aria-expanded")));
        assertThat(definition.isDisplayed()).isTrue();
        assertThat(definition.getText()).isNotBlank();
        assertThat(driver.findElements(By.cssSelector("#explanation.is-open"))).as("no highlight opened").isEmpty();

        term.sendKeys(Keys.ESCAPE);
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> "false".equals(opened.getDomAttribute("aria-expanded")));
        assertThat(definition.isDisplayed()).isFalse();
    }
}
