package org.closeread.base.ui.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.stream.IntStream;
import org.closeread.base.ui.component.SpanMarker.Mark;
import org.closeread.browser.Axe;
import org.closeread.browser.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * {@code <cr-span-marker>} in a real chromium, on a harness page served from the built JavaScript.
 * Marks are made with the keyboard alone, then with two clicks, and checked as the offsets the
 * {@code marks-changed} event carries.
 */
class SpanMarkerBrowserTest {

    private static final Path BUILT = Path.of("target", "classes", "META-INF", "resources");
    private static final String HARNESS = "/span-marker-harness/index.html";

    private static HttpServer server;
    private static ChromeDriver driver;

    @BeforeAll
    static void start() throws IOException {
        if (!Chromium.available()) {
            return; // each test then reports itself skipped (or failed, where a browser is required)
        }
        assertTrue(Files.exists(BUILT.resolve("js/span-marker.js")),
                "the element is not built: run ./mvnw generate-resources (or node frontend/build.mjs)");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", SpanMarkerBrowserTest::serve);
        server.start();
        driver = Chromium.driver();
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    @BeforeEach
    void openHarness() {
        Chromium.assumeAvailable();
        driver.get("http://127.0.0.1:" + server.getAddress().getPort() + "/");
        assertTrue(words().size() > 50, "the harness shows its three blocks as words");
    }

    @Test
    void the_keyboard_alone_marks_a_phrase_word_by_word() {
        tabIn();
        assertEquals("Chinese", focusedWord());
        press(Keys.ARROW_RIGHT, 25);
        assertEquals("brutal", focusedWord());
        press(Keys.ENTER, 1);
        assertEquals("Marking started at ‘brutal’. Move with arrow keys, press Enter to finish.", status());
        press(Keys.ARROW_RIGHT, 3);
        assertEquals("Marking ‘brutal war of aggression’. Enter finishes, Escape cancels.", status());
        press(Keys.ENTER, 1);

        assertEquals(List.of(mark(5, "brutal war of aggression")), marks());
        assertEquals("Marked: ‘brutal war of aggression’. 1 mark.", status());
        assertEquals(List.of("brutal", "war", "of", "aggression"), wordsWith(".is-marked"));
    }

    @Test
    void the_text_is_one_labelled_tab_stop_that_remembers_its_word() {
        WebElement text = shadow().findElement(By.cssSelector("[role=listbox]"));
        assertEquals("Mark the loaded wording", text.getAccessibleName());
        assertTrue(shadow().findElement(By.id("instructions")).isDisplayed(), "instructions are visible");
        assertEquals("instructions", text.getDomAttribute("aria-describedby"));

        tabIn();
        press(Keys.ARROW_RIGHT, 2);
        assertEquals("Russian", focusedWord());
        press(Keys.TAB, 1);
        assertEquals("after", driver.executeScript("return document.activeElement.id"));
        new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        assertEquals("Russian", focusedWord());
    }

    @Test
    void up_and_down_move_by_line_home_and_end_by_block() {
        tabIn();
        press(Keys.END, 1);
        assertEquals("ties", focusedWord());
        press(Keys.HOME, 1);
        assertEquals("Chinese", focusedWord());
        double top = focusedTop();
        press(Keys.ARROW_DOWN, 1);
        assertTrue(focusedTop() > top, "down goes to the next line, not " + focusedWord());
        press(Keys.ARROW_UP, 1);
        assertEquals("Chinese", focusedWord());
    }

    @Test
    void a_mark_stops_at_the_end_of_its_block() {
        tabIn();
        press(Keys.ARROW_RIGHT, 29);
        press(Keys.ENTER, 1);
        press(Keys.ARROW_RIGHT, 5);
        assertEquals("Ukraine", focusedWord());
        assertEquals("A mark stays within one standfirst. Press Enter to finish it at ‘Ukraine’.", status());
        press(Keys.ENTER, 1);

        assertEquals(List.of(mark(5, "against Ukraine")), marks());
    }

    @Test
    void escape_cancels_an_unfinished_mark() {
        tabIn();
        press(Keys.ENTER, 1);
        press(Keys.ARROW_RIGHT, 2);
        assertEquals(List.of("Chinese", "and", "Russian"), wordsWith(".is-pending"));
        press(Keys.ESCAPE, 1);

        assertEquals(List.of(), wordsWith(".is-pending"));
        assertEquals(0L, driver.executeScript("return window.__events"));
        assertEquals("Marking cancelled. No marks.", status());
    }

    @Test
    void delete_removes_the_mark_under_the_focused_word() {
        tabIn();
        press(Keys.ARROW_RIGHT, 25);
        press(Keys.ENTER, 1);
        press(Keys.ARROW_RIGHT, 3);
        press(Keys.ENTER, 1);
        press(Keys.ARROW_LEFT, 1);
        press(Keys.DELETE, 1);

        assertEquals(List.of(), marks());
        assertEquals("Mark removed: ‘brutal war of aggression’. No marks.", status());
    }

    @Test
    void two_clicks_mark_a_phrase_and_two_clicks_on_it_remove_it() {
        word("particular").click();
        assertEquals("Marking started at ‘particular’. Click the last word of the phrase to finish.", status());
        word("importance").click();
        assertEquals(List.of(mark(9, "particular importance")), marks());
        assertEquals("Marked: ‘particular importance’. 1 mark.", status());

        word("particular").click();
        assertEquals("‘particular importance’ is marked. Click it again to remove the mark.", status());
        word("particular").click();
        assertEquals(List.of(), marks());
    }

    @Test
    void a_mouse_drag_across_three_words_makes_one_mark_snapped_to_whole_words() {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 800));
        new Actions(driver).moveToElement(word("brutal"), 2, 3).clickAndHold()
                .moveToElement(word("war"), 1, 2).moveToElement(word("aggression"), -10, 0).release().perform();

        assertEquals(List.of(mark(5, "brutal war of aggression")), marks());
        assertEquals("Marked: ‘brutal war of aggression’. 1 mark.", status());
        assertEquals(List.of("brutal", "war", "of", "aggression"), wordsWith(".is-marked"));
    }

    @Test
    void at_phone_size_a_mouse_drag_across_three_words_makes_one_mark_snapped_to_whole_words() {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", word("war"));
        // From inside the first word to inside the third: the mark takes the three whole words.
        new Actions(driver).moveToElement(word("war"), 3, 2).clickAndHold()
                .moveToElement(word("aggression"), -5, 2).moveToElement(word("aggression"), 8, 0).release().perform();

        assertEquals(List.of(mark(5, "war of aggression")), marks());
        assertEquals(List.of("war", "of", "aggression"), wordsWith(".is-marked"));
        assertEquals("Marked: ‘war of aggression’. 1 mark.", status());
    }

    @Test
    void at_phone_size_a_touch_selection_across_three_words_from_mid_word_makes_one_whole_word_mark() {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of(
                Map.of("name", "hover", "value", "none"), Map.of("name", "pointer", "value", "coarse"))));
        try {
            driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", word("war"));
            // From inside "war" to inside "aggression", as a long press and its handles leave it.
            driver.executeScript("""
                    const root = document.getElementById('marker').shadowRoot;
                    const text = (word) => [...[...root.querySelectorAll('[role=option]')].find(w => w.textContent === word)
                        .childNodes].find(n => n.nodeType === Node.TEXT_NODE);
                    document.getSelection().setBaseAndExtent(text('war'), 1, text('aggression'), 3);
                    """);
            WebElement offer = new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(5))
                    .until(d -> shadow().findElements(By.cssSelector(".mark-selection")).stream().findFirst().orElse(null));
            assertTrue(offer.getSize().getHeight() >= 24 && offer.getSize().getWidth() >= 24,
                    "the offer is a target a finger can hit");
            offer.click();

            assertEquals(List.of(mark(5, "war of aggression")), marks());
            assertEquals(List.of("war", "of", "aggression"), wordsWith(".is-marked"));
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
    }

    @Test
    void a_touch_selection_across_words_becomes_a_mark_and_nothing_keeps_a_hover_look() {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of(
                Map.of("name", "hover", "value", "none"), Map.of("name", "pointer", "value", "coarse"))));
        try {
            // A selection from inside "particular" to inside "importance", as a long press and its handles make.
            driver.executeScript("""
                    const root = document.getElementById('marker').shadowRoot;
                    const text = (word) => [...[...root.querySelectorAll('[role=option]')].find(w => w.textContent === word)
                        .childNodes].find(n => n.nodeType === Node.TEXT_NODE);
                    document.getSelection().setBaseAndExtent(text('particular'), 3, text('importance'), 4);
                    """);
            WebElement offer = new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(5))
                    .until(d -> shadow().findElements(By.cssSelector(".mark-selection")).stream().findFirst().orElse(null));
            offer.click();

            assertEquals(List.of(mark(9, "particular importance")), marks());
            assertEquals(List.of(), shadow().findElements(By.cssSelector(".mark-selection")));
            new Actions(driver).moveToElement(word("Washington")).perform();
            assertEquals("rgba(0, 0, 0, 0)", word("Washington").getCssValue("background-color"),
                    "no hover colour where there is no hover");
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
    }

    @Test
    void the_browser_and_the_server_find_the_same_words() {
        List<WebElement> groups = shadow().findElements(By.cssSelector("[role=listbox] > [role=group]"));
        for (int i = 0; i < groups.size(); i++) {
            String text = (String) driver.executeScript(
                    "return document.getElementById('marker').blocks[arguments[0]].text", i);
            WordBoundaries words = WordBoundaries.of(text);
            List<String> expected = IntStream.range(0, words.wordCount())
                    .mapToObj(w -> text.substring(words.start(w), words.end(w))).toList();
            List<String> shown = groups.get(i).findElements(By.cssSelector("[role=option]")).stream()
                    .map(WebElement::getText).toList();
            assertEquals(expected, shown, "words of block " + i);
        }
    }

    @Test
    void read_only_it_shows_marks_snapped_to_words_with_their_feedback() {
        String standfirst = blockText(5);
        int rutal = standfirst.indexOf("rutal war");
        driver.executeScript("const marker = document.getElementById('marker');"
                + "marker.marks = [{block: 5, start: arguments[0], end: arguments[1], classes: 'hit'}];"
                + "marker.readonly = true;", rutal, rutal + "rutal wa".length());

        assertEquals(List.of(), shadow().findElements(By.cssSelector("[role=option]")));
        WebElement hit = shadow().findElement(By.cssSelector("mark.hit"));
        assertEquals("brutal war (correct)",
                hit.getDomProperty("textContent"), "snapped to whole words, with the feedback spoken");
    }

    @Test
    void axe_finds_no_accessibility_violations_while_marking_or_showing_feedback() throws IOException {
        tabIn();
        press(Keys.ARROW_RIGHT, 25);
        press(Keys.ENTER, 1);
        press(Keys.ARROW_RIGHT, 2);
        assertEquals(List.of(), axeViolations(), "while marking");
        press(Keys.ENTER, 1);
        driver.executeScript("document.getElementById('marker').readonly = true");
        assertEquals(List.of(), axeViolations(), "read-only");
    }

    // ---------- the page ----------

    /** Texts where word rules tend to differ. */
    static final List<String> TRICKY = List.of(
            "Zoë and Zoe\u0308 met Dong Jun’s aide",           // composed and combining diaeresis, curly apostrophe
            "don't, rock-'n'-roll and ‘quoted’ words",          // straight apostrophes, hyphens, single quotes
            "Hawaiʻi, the Mohawk Kanienʼkéha and O\u2019Neill", // ʻokina (a letter), modifier apostrophe ʼ
            "1,000.50 dollars, 3–2 and 2024-04-26",             // numbers with separators, dashes
            "Peace 👍🏽 or 🇺🇦 war? 🙂!",                       // emoji, skin tone, flag: not words
            "中国国防部长董军 said “和平” in 東京",               // CJK runs
            "naïve café — résumé’s “done”",                     // accents, dash, quote marks around words
            "𝒜 math letter, १२३ Devanagari digits, e\u0301e\u0301");
    // The last: a letter outside the basic plane (two UTF-16 units), other digits, two combining accents.

    @Test
    void the_browser_and_the_server_split_tricky_texts_into_the_same_words() {
        for (String text : TRICKY) {
            @SuppressWarnings("unchecked")
            List<List<Long>> browser = (List<List<Long>>) driver.executeScript(
                    "return customElements.get('cr-span-marker').wordOffsets(arguments[0])", text);
            List<List<Long>> server = org.closeread.base.WordRule.offsets(text).stream()
                    .map(w -> List.of((long) w[0], (long) w[1])).toList();
            assertEquals(server, browser, "words of: " + text);
            assertTrue(server.size() > 2, "the text has words: " + text);
        }
        // And what the rule says, on a few: one word each.
        assertEquals(List.of("Zoë", "and", "Zoe\u0308", "met", "Dong", "Jun’s", "aide"), ruleWords(TRICKY.get(0)));
        assertEquals(List.of("don't", "rock", "n", "roll", "and", "quoted", "words"), ruleWords(TRICKY.get(1)));
        assertEquals(List.of("1", "000", "50", "dollars", "3", "2", "and", "2024", "04", "26"), ruleWords(TRICKY.get(3)));
        assertEquals(List.of("Peace", "or", "war"), ruleWords(TRICKY.get(4)));
    }

    private static List<String> ruleWords(String text) {
        return org.closeread.base.WordRule.offsets(text).stream().map(w -> text.substring(w[0], w[1])).toList();
    }

    private static void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            byte[] body;
            if (path.equals("/")) {
                try (InputStream page = SpanMarkerBrowserTest.class.getResourceAsStream(HARNESS)) {
                    body = page.readAllBytes();
                }
            } else {
                Path file = BUILT.resolve(path.substring(1)).normalize();
                if (!file.startsWith(BUILT) || !Files.isRegularFile(file)) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                body = Files.readAllBytes(file);
            }
            exchange.getResponseHeaders().set("Content-Type", contentType(path));
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String contentType(String path) {
        if (path.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        return path.endsWith(".css") ? "text/css; charset=utf-8" : "text/html; charset=utf-8";
    }

    // ---------- what the user does and sees ----------

    private void tabIn() {
        driver.executeScript("document.getElementById('before').focus()");
        press(Keys.TAB, 1);
    }

    private void press(Keys key, int times) {
        Actions actions = new Actions(driver);
        for (int i = 0; i < times; i++) {
            actions.sendKeys(key);
        }
        actions.perform();
    }

    private SearchContext shadow() {
        return driver.findElement(By.id("marker")).getShadowRoot();
    }

    private List<WebElement> words() {
        return shadow().findElements(By.cssSelector("[role=option]"));
    }

    private WebElement word(String text) {
        return words().stream().filter(w -> w.getText().equals(text)).findFirst().orElseThrow();
    }

    private List<String> wordsWith(String selector) {
        return shadow().findElements(By.cssSelector("[role=option]" + selector)).stream()
                .map(WebElement::getText).toList();
    }

    private String focusedWord() {
        return (String) driver.executeScript(
                "return document.getElementById('marker').shadowRoot.activeElement?.textContent ?? null");
    }

    /** Everything axe-core finds in the marker, whatever its impact. */
    private List<String> axeViolations() {
        return Axe.violations(driver, "#marker", List.of(), Set.of());
    }

    private double focusedTop() {
        return ((Number) driver.executeScript("return document.getElementById('marker').shadowRoot"
                + ".activeElement.getBoundingClientRect().top")).doubleValue();
    }

    private String status() {
        return shadow().findElement(By.cssSelector("[role=status]")).getDomProperty("textContent")
                .replace('\u00a0', ' ').strip(); // a repeated message differs by a no-break space
    }

    private String blockText(int index) {
        return (String) driver.executeScript(
                "return document.getElementById('marker').blocks.find(b => b.index === arguments[0]).text", index);
    }

    private Mark mark(int block, String phrase) {
        String text = blockText(block);
        int start = text.indexOf(phrase);
        assertTrue(start >= 0, phrase + " is in block " + block);
        return new Mark(block, start, start + phrase.length());
    }

    @SuppressWarnings("unchecked")
    private List<Mark> marks() {
        List<Map<String, Number>> marks = (List<Map<String, Number>>) driver.executeScript("return window.__marks");
        assertTrue(marks != null, "the element sent marks-changed");
        return marks.stream()
                .map(m -> new Mark(m.get("block").intValue(), m.get("start").intValue(), m.get("end").intValue()))
                .toList();
    }
}
