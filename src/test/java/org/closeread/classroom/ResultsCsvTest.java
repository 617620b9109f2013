package org.closeread.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.closeread.classroom.ReportFixtures.NEUTRAL;
import static org.closeread.classroom.ReportFixtures.QUIZ;
import static org.closeread.classroom.ReportFixtures.SOURCE;
import static org.closeread.classroom.ReportFixtures.attempt;
import static org.closeread.classroom.ReportFixtures.member;
import static org.closeread.classroom.ReportFixtures.pick;
import static org.closeread.classroom.ReportFixtures.says;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class ResultsCsvTest {

    private final ClassReport report = ClassReport.build(1, "8B, \"English\"", ReportFixtures.assignment(), QUIZ,
            List.of(member(1, "Zoë"), member(2, "=cmd|'/C calc'!A0"), member(3, "Ben")),
            List.of(attempt(1, true, SOURCE, pick(SOURCE, "=HYPERLINK(\"x\")"), NEUTRAL, says(false)),
                    attempt(2, false, NEUTRAL, says(true))));

    private byte[] csv() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultsCsv.write(report, out);
        return out.toByteArray();
    }

    private List<CSVRecord> parsed() throws Exception {
        String text = new String(csv(), StandardCharsets.UTF_8).substring(1);
        return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
    }

    @Test
    void it_is_utf8_with_a_byte_order_mark_and_crlf_line_ends() {
        byte[] bytes = csv();

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains("Zoë").contains("\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n");
    }

    @Test
    void there_is_one_row_per_student_and_question_under_a_header() throws Exception {
        List<CSVRecord> records = parsed();

        assertThat(records.get(0).toList()).isEqualTo(ResultsCsv.HEADER);
        assertThat(records).hasSize(1 + 3 * 3);
        assertThat(records.subList(1, records.size())).allSatisfy(r -> assertThat(r.size()).isEqualTo(ResultsCsv.HEADER.size()));
    }

    @Test
    void a_row_holds_the_answer_in_words_its_score_and_its_time() throws Exception {
        CSVRecord zoeNeutral = parsed().stream()
                .filter(r -> r.get(2).equals("Zoë") && r.get(4).equals("q-neutral")).findFirst().orElseThrow();

        assertThat(zoeNeutral.get(0)).as("commas and quotes survive quoting").isEqualTo("8B, \"English\"");
        assertThat(zoeNeutral.get(7)).isEqualTo("yes");
        assertThat(zoeNeutral.get(8)).isEqualTo("False");
        assertThat(zoeNeutral.get(9)).isEqualTo("0");
        assertThat(zoeNeutral.get(10)).isEqualTo("no");
        assertThat(zoeNeutral.get(11)).isEqualTo("2026-11-28 09:02:00");
        assertThat(zoeNeutral.get(12)).isEqualTo("120");
        assertThat(zoeNeutral.get(14)).isEqualTo("yes");
        assertThat(zoeNeutral.get(15)).as("tries").isEqualTo("1");
    }

    @Test
    void a_student_who_did_not_answer_has_rows_that_say_so() throws Exception {
        List<CSVRecord> ben = parsed().stream().filter(r -> r.get(2).equals("Ben")).toList();

        assertThat(ben).hasSize(3).allSatisfy(r -> {
            assertThat(r.get(7)).isEqualTo("no");
            assertThat(r.get(9)).isEqualTo("0");
        });
    }

    @Test
    void typed_text_never_starts_a_cell_as_a_formula() throws Exception {
        List<CSVRecord> records = parsed();

        assertThat(records).extracting(r -> r.get(2)).contains("'=cmd|'/C calc'!A0");
        assertThat(records).extracting(r -> r.get(8)).contains("'=HYPERLINK(\"x\")");
        assertThat(ResultsCsv.text("+1")).isEqualTo("'+1");
        assertThat(ResultsCsv.text("-1")).isEqualTo("'-1");
        assertThat(ResultsCsv.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(ResultsCsv.text("Plain")).isEqualTo("Plain");
    }

    @Test
    void the_file_is_named_after_the_class_and_lesson() {
        assertThat(ResultsCsv.fileName(report)).isEqualTo("8b-english-news.csv");
    }

    @Test
    void the_header_words_are_translation_keys_in_english_by_default() throws Exception {
        java.util.Properties texts = new java.util.Properties();
        try (var in = getClass().getResourceAsStream("/vaadin-i18n/translations.properties")) {
            texts.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertThat(ResultsCsv.headerKeys()).allSatisfy(key -> assertThat(texts.getProperty(key)).as(key).isNotBlank());
        assertThat(ResultsCsv.HEADER).isEqualTo(ResultsCsv.HEADER_KEYS.stream().map(texts::getProperty).toList());
        assertThat(ResultsCsv.HEADER).startsWith("Class", "Lesson", "Student").endsWith("Teacher's comment");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultsCsv.write(report, java.util.Map.of(), key -> "«" + key + "»", out);
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(out.toString(StandardCharsets.UTF_8)
                .substring(1))).getRecords();
        assertThat(records.get(0).toList()).as("the page's words, no LMS columns for a class made here")
                .isEqualTo(ResultsCsv.HEADER_KEYS.stream().map(key -> "«" + key + "»").toList());
    }

    @Test
    void a_class_from_a_learning_platform_gets_each_students_lms_user_id() throws Exception {
        java.util.Map<Long, LmsLinks.LmsUser> lms = java.util.Map.of(1L,
                new LmsLinks.LmsUser("https://moodle.example.org", "=42"), 2L,
                new LmsLinks.LmsUser("https://moodle.example.org", "user-7"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultsCsv.write(report, lms, key -> texts(key), out);
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(out.toString(StandardCharsets.UTF_8)
                .substring(1))).getRecords();

        assertThat(records.get(0).toList()).endsWith("LMS user id", "LMS (issuer)")
                .hasSize(ResultsCsv.HEADER.size() + 2);
        assertThat(records.subList(1, records.size())).allSatisfy(r -> assertThat(r.size())
                .isEqualTo(ResultsCsv.HEADER.size() + 2));
        int id = ResultsCsv.HEADER.size();
        assertThat(records.stream().filter(r -> r.get(2).equals("Zoë"))).hasSize(3).allSatisfy(r -> {
            assertThat(r.get(id)).as("an id is text, never a formula").isEqualTo("'=42");
            assertThat(r.get(id + 1)).isEqualTo("https://moodle.example.org");
        });
        assertThat(records.stream().filter(r -> r.get(2).equals("'=cmd|'/C calc'!A0")))
                .allSatisfy(r -> assertThat(r.get(id)).isEqualTo("user-7"));
        assertThat(records.stream().filter(r -> r.get(2).equals("Ben"))).as("joined with the code")
                .allSatisfy(r -> assertThat(r.toList().subList(id, id + 2)).containsExactly("", ""));
        // The columns before keep their places.
        assertThat(ResultsCsv.rows(report, lms)).allSatisfy(row -> assertThat(row.subList(0, id))
                .isEqualTo(ResultsCsv.rows(report).get(ResultsCsv.rows(report, lms).indexOf(row))));
    }

    private static String texts(String key) {
        return java.util.ResourceBundle.getBundle("vaadin-i18n/translations", java.util.Locale.ROOT).getString(key);
    }
}
