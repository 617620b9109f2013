package org.closeread.classroom.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.closeread.browser.AppBrowserTest;
import org.closeread.browser.Axe;
import org.closeread.security.TeacherAccountService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * One teacher and three students, each in a browser of their own: the teacher makes a class and
 * follows the dashboard, the students join by code and answer, the dashboard changes without a reload,
 * and the CSV says what they answered. The dashboard's own refresh is set to ten minutes here, so what
 * changes it within the test is the push.
 */
@TestPropertySource(properties = "closeread.dashboard.refresh-seconds=600")
class ClassroomBrowserTest extends AppBrowserTest {

    static final String PASSWORD = "a long teacher passphrase";
    static final String HEADLINE = "Chinese and Russian defence ministers reaffirm close bilateral ties";
    static final String SECTION_LABEL = "China’s military";

    @Autowired
    TeacherAccountService teachers;

    private static WebDriverWait wait(ChromeDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    private static void type(ChromeDriver browser, String css, String text) {
        WebElement input = waitFor(browser, By.cssSelector(css));
        input.clear();
        input.sendKeys(text);
    }

    private void logIn(ChromeDriver teacher) {
        if (!teachers.exists("mrs-okafor")) {
            teachers.create("mrs-okafor", "Mrs Okafor", PASSWORD);
        }
        open(teacher, "login");
        type(teacher, "vaadin-login-form input[name='username']", "mrs-okafor");
        type(teacher, "vaadin-login-form input[name='password']", PASSWORD);
        teacher.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit'], vaadin-login-form "
                + "vaadin-button")).click();
        wait(teacher).until(d -> d.getCurrentUrl().matches(".*/teacher/?$") || d.getCurrentUrl().endsWith("/"));
        waitForVaadin(teacher);
    }

    /** Creates the class, assigns the first lesson's quiz on its full path, and returns the join code as shown. */
    private String createClass(ChromeDriver teacher) {
        open(teacher, "teacher/classes");
        type(teacher, "#class-name input", "9C Media");
        teacher.findElement(By.id("create-class")).click();
        WebElement code = waitFor(teacher, By.id("class-code"));
        String shown = code.getText();
        teacher.findElement(By.id("assign-lesson")).click();
        waitFor(teacher, By.xpath("//vaadin-select-item[contains(., 'Who speaks')]")).click();
        // The full path: its quiz opens with the headline question this test answers.
        waitFor(teacher, By.cssSelector("#assign-path vaadin-radio-button:nth-of-type(2)")).click();
        teacher.findElement(By.id("assign-button")).click();
        waitFor(teacher, By.linkText("Live dashboard")).click();
        waitFor(teacher, By.id("dashboard-students"));
        waitForVaadin(teacher);
        return shown;
    }

    private ChromeDriver join(String code, String name) {
        ChromeDriver student = newBrowser();
        open(student, "join");
        type(student, "#join-code input", code.toLowerCase());
        type(student, "#join-name input", name);
        student.findElement(By.id("join-button")).click();
        try {
            waitFor(student, By.id("question-position"));
        } catch (org.openqa.selenium.TimeoutException notThere) {
            screenshot(student, "join-" + name);
            throw new AssertionError("After joining, " + name + " sees " + student.getCurrentUrl() + ": "
                    + student.findElement(By.tagName("body")).getText(), notThere);
        }
        return student;
    }

    private static void choose(ChromeDriver student, String option) {
        waitFor(student, By.xpath("//vaadin-radio-button[.//label[normalize-space()=\"" + option + "\"]]")).click();
        student.findElement(By.xpath("//vaadin-button[normalize-space()='Save answer']")).click();
        wait(student).until(d -> d.findElement(By.cssSelector(".question-message")).getText().startsWith("Saved"));
    }

    /** Read in one script: the dashboard replaces its rows as answers arrive. */
    private static String row(ChromeDriver teacher, String table, String key) {
        return String.valueOf(teacher.executeScript("const row = document.querySelector(arguments[0]);"
                + " return row ? row.innerText : '';", "#" + table + " tr[data-row='" + key + "']"));
    }

    private static String row(ChromeDriver teacher, String name) {
        return row(teacher, "dashboard-students", name);
    }

    @Test
    void a_teacher_runs_a_class_from_code_to_csv_with_the_dashboard_live() throws Exception {
        logIn(driver);
        String code = createClass(driver);
        assertThat(code).matches("[A-Z2-9]{3}-[A-Z2-9]{3}");
        driver.executeScript("window.closeReadNotReloaded = true;");

        ChromeDriver amara = join(code, "Amara");
        ChromeDriver ben = join(code, "Ben");
        ChromeDriver chloe = join(code, "Chloé");
        wait(driver).until(d -> d.findElements(By.cssSelector("#dashboard-students tbody tr")).size() == 3);

        choose(amara, HEADLINE);
        wait(driver).until(d -> row(driver, "Amara").contains("Question 2 of"));
        choose(ben, SECTION_LABEL);
        choose(chloe, HEADLINE);
        wait(driver).until(d -> row(driver, "Ben").contains("Question 2 of") && row(driver, "Chloé").contains("Question 2 of"));

        assertThat(row(driver, "Amara")).contains("Question 2 of").contains("100%");
        assertThat(row(driver, "Ben")).contains("0%");
        assertThat(row(driver, "dashboard-questions", "q-headline"))
                .contains("67% (2)").contains(SECTION_LABEL);
        assertThat(driver.executeScript("return window.closeReadNotReloaded === true")).as("no reload").isEqualTo(true);
        assertThat(Axe.violations(driver, null, Axe.WCAG_21_AA, Axe.SERIOUS_OR_CRITICAL)).as("dashboard").isEmpty();

        driver.findElement(By.linkText("Results and CSV download")).click();
        WebElement csvLink = waitFor(driver, By.id("results-csv"));
        waitForVaadin(driver);
        assertThat(Axe.violations(driver, null, Axe.WCAG_21_AA, Axe.SERIOUS_OR_CRITICAL)).as("results").isEmpty();
        @SuppressWarnings("unchecked")
        Map<String, Object> download = (Map<String, Object>) driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done({status: r.status,"
                + " type: r.headers.get('content-type'), bom: Array.from(new Uint8Array(b.slice(0, 3))),"
                + " text: new TextDecoder('utf-8', {ignoreBOM: true}).decode(b).substring(1)})))"
                + ".catch(e => done({status: -1, text: String(e)}));", csvLink.getDomAttribute("href"));

        assertThat(download.get("status")).isEqualTo(200L);
        assertThat(String.valueOf(download.get("type"))).startsWith("text/csv");
        assertThat(download.get("bom")).isEqualTo(List.of(0xEFL, 0xBBL, 0xBFL));
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader((String) download.get("text"))).getRecords();
        List<CSVRecord> firstQuestion = rows.stream().filter(r -> r.get(4).equals("q-headline")).toList();
        assertThat(firstQuestion).extracting(r -> r.get(2)).containsExactly("Amara", "Ben", "Chloé");
        assertThat(firstQuestion).extracting(r -> r.get(8)).containsExactly(HEADLINE, SECTION_LABEL, HEADLINE);
        assertThat(firstQuestion).extracting(r -> r.get(9)).containsExactly("100", "0", "100");
        assertThat(firstQuestion).allSatisfy(r -> assertThat(r.get(11)).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"));
        assertThat(firstQuestion).extracting(r -> r.get(15)).as("tries").containsExactly("1", "1", "1");
        assertThat(rows.stream().filter(r -> r.get(7).equals("yes"))).as("only what was answered").hasSize(3);
    }

    @Test
    void the_join_page_explains_a_wrong_code_and_has_no_serious_accessibility_violations() {
        open("join");
        type(driver, "#join-code input", "ZZZ-ZZZ");
        type(driver, "#join-name input", "Dev");
        driver.findElement(By.id("join-button")).click();

        wait(driver).until(d -> String.valueOf(d.findElement(By.id("join-code")).getText())
                .contains("No open class has this code"));
        assertThat(Axe.violations(driver, null, Axe.WCAG_21_AA, Axe.SERIOUS_OR_CRITICAL)).isEmpty();
    }
}
