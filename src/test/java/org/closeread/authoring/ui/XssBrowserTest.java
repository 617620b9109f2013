package org.closeread.authoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.closeread.article.TextSpan;
import org.closeread.authoring.DraftService;
import org.closeread.authoring.PublishService;
import org.closeread.authoring.SignedIn;
import org.closeread.browser.AppBrowserTest;
import org.closeread.lesson.LessonService;
import org.closeread.quiz.Answer;
import org.closeread.quiz.AttemptView;
import org.closeread.quiz.ChoiceAnswer;
import org.closeread.quiz.HighlightAnswer;
import org.closeread.quiz.MatchAnswer;
import org.closeread.quiz.OrderAnswer;
import org.closeread.quiz.Participant;
import org.closeread.quiz.PromptView;
import org.closeread.quiz.QuizService;
import org.closeread.quiz.TrueFalseAnswer;
import org.closeread.quiz.WrittenAnswer;
import org.closeread.security.TeacherAccountService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;


/**
 * Over 30 XSS vectors (src/test/resources/org/closeread/authoring/xss-vectors.txt) go into every field
 * a teacher writes; the lessons are published, and every page that shows that text is opened in
 * chromium, students' and teachers'. Nothing may run: window.__xss stays unset, alert() is never called,
 * and no element from teacher text carries a handler, a script or a javascript: address.
 */
class XssBrowserTest extends AppBrowserTest {

    /** Runs before any page script: records alert, confirm and prompt instead of showing them. */
    private static final String RECORD_DIALOGS = "window.__alerts = [];"
            + "window.alert = window.confirm = window.prompt = function (m) { window.__alerts.push(String(m)); };";

    /** Everything in the page (shadow roots included) that could run teacher text. */
    private static final String DANGEROUS_NODES = """
            const found = [];
            const walk = (root) => root.querySelectorAll('*').forEach(el => {
              for (const a of el.attributes) {
                if (/^on/i.test(a.name)) found.push(el.tagName + '[' + a.name + '=' + a.value + ']');
                if (/^(href|src|action|formaction|data|xlink:href|srcdoc)$/i.test(a.name)
                    && /^\\s*(javascript|data|vbscript):|__xss|<script/i.test(a.value)) {
                  found.push(el.tagName + '[' + a.name + '=' + a.value + ']');
                }
              }
              if (/^(SCRIPT|IFRAME|OBJECT|EMBED|BASE|META|STYLE)$/.test(el.tagName)
                  && /__xss|alert/.test(el.outerHTML)) found.push(el.tagName + ' ' + el.outerHTML.slice(0, 80));
              if (el.shadowRoot) walk(el.shadowRoot);
            });
            walk(document);
            return found;""";

    @Autowired
    DraftService drafts;

    @Autowired
    PublishService publishing;

    @Autowired
    QuizService quizzes;

    @Autowired
    LessonService lessons;

    @Autowired
    TeacherAccountService teachers;

    private XssLessons xss;

    @BeforeEach
    void publishLessons() {
        SignedIn.as("xss-author");
        xss = new XssLessons(drafts, publishing);
        xss.publishAll();
        SignedIn.out();
        recordDialogs(driver);
    }

    @Test
    void there_are_enough_vectors_and_every_vector_reaches_every_short_field_in_some_lesson() {
        assertThat(xss.vectors).hasSizeGreaterThanOrEqualTo(30);
        assertThat(String.join(" ", xss.chunks)).isEqualTo(String.join(" ", xss.vectors));
        assertThat(lessons.reading(XssLessons.MAIN).orElseThrow().article().block(0).text())
                .contains(xss.vectors);
    }

    @Test
    void no_vector_runs_in_the_library_the_guided_reading_its_explanations_and_its_practice() {
        open("");
        waitFor(By.cssSelector(".library-view, .app-main"));
        assertThat(driver.findElement(By.tagName("body")).getText()).contains(xss.chunks.get(1));
        nothingRan("the library");

        for (String slug : xss.slugs()) {
            int steps = lessons.reading(slug).orElseThrow().lesson().steps().size();
            for (int step = 1; step <= steps; step++) {
                open("lessons/" + slug + "?step=" + step);
                waitFor(By.id("article-headline"));
                List<WebElement> markers = driver.findElements(By.cssSelector(".hl-marker"));
                for (int m = 0; m < markers.size(); m++) {
                    driver.findElements(By.cssSelector(".hl-marker")).get(m).click();
                    waitFor(By.cssSelector("#explanation.is-open"));
                    nothingRan(slug + " step " + step + " explanation " + m);
                }
                if (slug.equals(XssLessons.MAIN) && step == 1) {
                    answerPractice();
                }
                nothingRan(slug + " step " + step);
            }
        }
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("<script>window.__xss=1</script>");
    }

    @Test
    void no_vector_runs_in_the_quiz_its_feedback_or_its_results() {
        open("lessons/" + XssLessons.MAIN + "/quiz");
        waitFor(By.xpath("//vaadin-button[contains(., 'Start the quiz')]")).click();
        String code = waitFor(By.cssSelector(".resume-code")).getText();
        answerEverything(quizzes.resume(code).orElseThrow());

        open("lessons/" + XssLessons.MAIN + "/quiz");
        waitFor(By.cssSelector(".question-card"));
        nothingRan("quiz question " + driver.findElement(By.id("question-position")).getText());
        By previous = By.xpath("//vaadin-button[contains(., 'Previous question')]");
        while (driver.findElement(previous).getDomAttribute("disabled") == null) {
            driver.findElement(previous).click();
            waitForVaadin(driver);
            nothingRan("quiz question " + driver.findElement(By.id("question-position")).getText());
        }
        driver.findElement(By.id("finish-quiz")).click();
        waitFor(By.id("quiz-score"));
        assertThat(driver.findElements(By.cssSelector(".result-item"))).hasSize(7);
        nothingRan("quiz results");

        for (String slug : xss.slugs()) {
            open("lessons/" + slug + "/quiz");
            waitFor(By.cssSelector(".quiz-view h1"));
            nothingRan(slug + " quiz");
        }
    }

    @Test
    void no_vector_runs_in_the_teacher_s_own_pages_and_previews() {
        if (!teachers.exists("xss-teacher")) {
            teachers.create("xss-teacher", "XSS", "a long enough passphrase");
        }
        open("login");
        waitFor(By.cssSelector("vaadin-text-field[name='username'] input")).sendKeys("xss-teacher");
        driver.findElement(By.cssSelector("vaadin-password-field[name='password'] input"))
                .sendKeys("a long enough passphrase", Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("login"));

        for (String page : List.of("teacher", "teacher/lessons/" + XssLessons.MAIN + "/article",
                "teacher/lessons/" + XssLessons.MAIN + "/annotations", "teacher/lessons/" + XssLessons.MAIN + "/steps",
                "teacher/lessons/" + XssLessons.MAIN + "/questions", "teacher/lessons/" + XssLessons.MAIN + "/publish",
                "teacher/preview/" + XssLessons.MAIN, "teacher/preview/" + XssLessons.MAIN + "/quiz")) {
            open(page);
            waitFor(By.cssSelector(".app-main > *"));
            nothingRan(page);
        }
        open("teacher/lessons/" + XssLessons.MAIN + "/questions");
        for (int i = 0; i < 7; i++) {
            driver.findElements(By.xpath("//vaadin-button[.='Edit']")).get(i).click();
            waitFor(By.cssSelector(".question-form"));
            nothingRan("question form " + i);
        }
        open("teacher/lessons/" + XssLessons.MAIN + "/annotations");
        waitFor(By.cssSelector(".annotation-list"));
        driver.findElements(By.xpath("//vaadin-button[.='Edit']")).get(0).click();
        driver.findElement(By.xpath("//vaadin-button[.='Suggest annotations']")).click();
        waitFor(By.cssSelector(".suggestions-panel ul, .suggestions-panel p + p"));
        nothingRan("annotation form and suggestions");
    }

    private void answerPractice() {
        WebElement panel = waitFor(By.cssSelector(".practice-panel"));
        panel.findElement(By.cssSelector("vaadin-radio-button")).click();
        panel.findElement(By.xpath(".//vaadin-button[contains(., 'Save answer')]")).click();
        waitFor(By.cssSelector(".practice-panel .result-panel"));
    }

    /** Answers every question the way the student's browser would, so every feedback text is shown. */
    private void answerEverything(Participant student) {
        AttemptView attempt = quizzes.attempt(student, XssLessons.MAIN, "quiz").orElseThrow();
        String paragraph = lessons.reading(XssLessons.MAIN).orElseThrow().article().block(2).text();
        int target = paragraph.indexOf("TARGETWORD");
        for (PromptView prompt : attempt.quiz().questions()) {
            Answer answer = switch (prompt.type()) {
                case SINGLE, MULTIPLE -> ChoiceAnswer.of(1);
                case TRUE_FALSE -> new TrueFalseAnswer(false);
                case HIGHLIGHT -> HighlightAnswer.of(new TextSpan(2, 0, 11), new TextSpan(2, target, target + 10));
                case MATCH -> new MatchAnswer(new HashMap<>(Map.of(0, 0, 1, 2)));
                case ORDER -> OrderAnswer.of(2, 0, 1);
                case WRITTEN -> new WrittenAnswer("My answer.", Set.of(0));
            };
            quizzes.answer(student, attempt.id(), prompt.id(), answer);
        }
    }

    private static void recordDialogs(ChromeDriver browser) {
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_DIALOGS));
    }

    @SuppressWarnings("unchecked")
    private void nothingRan(String where) {
        waitForVaadin(driver);
        assertThat(driver.executeScript("return window.__xss")).as("window.__xss on " + where).isNull();
        assertThat((List<Object>) driver.executeScript("return window.__alerts")).as("alerts on " + where).isEmpty();
        assertThat((List<Object>) driver.executeScript(DANGEROUS_NODES)).as("dangerous nodes on " + where).isEmpty();
    }
}
