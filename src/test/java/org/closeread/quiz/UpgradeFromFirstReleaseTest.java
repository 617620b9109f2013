package org.closeread.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.closeread.Application;
import org.closeread.security.TeacherAccountService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A database written by the first release (Spring Boot 3.5, H2 2.3.232, migrations V1–V5) opens under
 * this one with every answer intact. The fixture {@code upgrade/closeread-0.1.mv.db} was made by that
 * release: a teacher, a class of three who answered the quiz (one finished, one with wrong answers and a
 * written answer in Unicode with quotes and markup, one half-way) and a student practising alone.
 * {@code upgrade/answers.tsv} is what that release read back from it.
 */
@DisabledIfSystemProperty(named = "closeread.test.database", matches = "postgresql",
        disabledReason = "the first release wrote H2 files only")
class UpgradeFromFirstReleaseTest {

    /**
     * Each answer that counts, with the number of tries kept for it (the first release's revision count:
     * V6 moved every answer into the history of tries, keeping its revision as its try number).
     */
    private static final String ANSWERS = """
            select p.resume_code, p.display_name, q.lesson_slug, q.quiz_key, q.version, qu.question_key,
                   a.response, a.score, a.correct,
                   (select max(h.try_number) from answer_try h
                    where h.attempt_id = a.attempt_id and h.question_id = a.question_id),
                   a.answered_at, t.started_at, t.finished_at
            from answer a join attempt t on a.attempt_id = t.id join participant p on t.participant_id = p.id
            join quiz q on t.quiz_id = q.id join question qu on a.question_id = qu.id order by a.id""";

    /** The same rows read from the history of tries alone: its latest try of each answer. */
    private static final String HISTORY = """
            select p.resume_code, p.display_name, q.lesson_slug, q.quiz_key, q.version, qu.question_key,
                   h.response, h.score, a.correct, h.try_number, h.answered_at, t.started_at, t.finished_at
            from answer_try h join answer a on a.attempt_id = h.attempt_id and a.question_id = h.question_id
            join attempt t on h.attempt_id = t.id join participant p on t.participant_id = p.id
            join quiz q on t.quiz_id = q.id join question qu on h.question_id = qu.id
            where h.try_number = (select max(x.try_number) from answer_try x
                                  where x.attempt_id = h.attempt_id and x.question_id = h.question_id)
            order by a.id""";

    @TempDir
    Path data;

    private ConfigurableApplicationContext startOnFixture() throws IOException {
        try (InputStream db = getClass().getResourceAsStream("/upgrade/closeread-0.1.mv.db")) {
            assertThat(db).as("the fixture database").isNotNull();
            Files.copy(db, data.resolve("closeread.mv.db"));
        }
        return new SpringApplicationBuilder(Application.class)
                .run("--closeread.data-dir=" + data, "--server.port=0");
    }

    private static List<String> expectedRows() throws IOException {
        try (InputStream in = UpgradeFromFirstReleaseTest.class.getResourceAsStream("/upgrade/answers.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    private static String cell(String value) {
        return String.valueOf(value).replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t");
    }

    @Test
    void every_answer_of_the_first_release_is_there_and_scores_as_it_did() throws IOException {
        try (ConfigurableApplicationContext app = startOnFixture()) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);

            RowMapper<String> tsv = (rs, i) -> {
                StringBuilder row = new StringBuilder();
                for (int col = 1; col <= rs.getMetaData().getColumnCount(); col++) {
                    row.append(col > 1 ? "\t" : "").append(cell(rs.getString(col)));
                }
                return row.toString();
            };
            assertThat(jdbc.query(ANSWERS, tsv)).as("answers, scores, revisions and times, row by row").hasSize(60)
                    .containsExactlyElementsOf(expectedRows());
            assertThat(jdbc.query(HISTORY, tsv)).as("the same, from the history of tries").hasSize(60)
                    .containsExactlyElementsOf(expectedRows());
            assertThat(jdbc.queryForObject("select count(*) from answer_try", Long.class)).isEqualTo(60);

            // Read back through the application: each stored answer's score is what the new code scores.
            QuizService quizzes = app.getBean(QuizService.class);
            for (Map<String, Object> student : jdbc.queryForList(
                    "select id, resume_code from participant where display_name is not null")) {
                Participant participant = quizzes.resume((String) student.get("resume_code")).orElseThrow();
                List<AttemptRecord> records = quizzes.latestAttempts(List.of(participant.id()),
                        "china-russia-defence-ministers");
                assertThat(records).hasSize(1);
                for (StoredAnswer answer : records.getFirst().answers()) {
                    Double stored = jdbc.queryForObject("""
                            select a.score from answer a join question q on a.question_id = q.id
                            where a.attempt_id = ? and q.question_key = ?""", Double.class,
                            records.getFirst().attemptId(), answer.questionId());
                    assertThat(answer.result().score()).as(answer.questionId()).isEqualTo(stored);
                }
            }
            assertThat(jdbc.queryForObject("select count(*) from attempt where finished_at is not null", Long.class))
                    .isEqualTo(1);
        }
    }

    @Test
    void stored_questions_are_written_back_byte_for_byte_and_answers_read_back_the_same() throws IOException {
        try (ConfigurableApplicationContext app = startOnFixture()) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            List<String> definitions = jdbc.queryForList("select definition from question", String.class);
            assertThat(definitions).hasSizeGreaterThan(30);
            for (String definition : definitions) {
                assertThat(QuestionCodec.write(QuestionCodec.question(definition))).isEqualTo(definition);
            }
            // An answer's picks are a set, written in no fixed order: the same answer must come back.
            for (String response : jdbc.queryForList("select response from answer", String.class)) {
                Answer answer = QuestionCodec.answer(response);
                assertThat(QuestionCodec.answer(QuestionCodec.write(answer))).isEqualTo(answer);
            }
        }
    }

    @Test
    void the_class_the_teacher_and_the_unfinished_work_go_on() throws IOException {
        try (ConfigurableApplicationContext app = startOnFixture()) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            TeacherAccountService teachers = app.getBean(TeacherAccountService.class);
            PasswordEncoder passwords = app.getBean(PasswordEncoder.class);
            assertThat(passwords.matches("correct horse battery staple",
                    teachers.loadUserByUsername("ada").getPassword())).isTrue();
            assertThat(jdbc.queryForObject("select count(*) from classroom_member", Long.class)).isEqualTo(3);

            // The half-way student answers one more question; the earlier answers stay as they were.
            QuizService quizzes = app.getBean(QuizService.class);
            String code = jdbc.queryForObject("select resume_code from participant where display_name = 'Noor'",
                    String.class);
            Participant noor = quizzes.resume(code).orElseThrow();
            AttemptView attempt = quizzes.attempt(noor, "china-russia-defence-ministers", "quiz").orElseThrow();
            assertThat(attempt.answeredCount()).isEqualTo(5);
            PromptView open = attempt.quiz().questions().stream()
                    .filter(q -> !attempt.answered(q.id()))
                    .filter(q -> q.type() == QuestionType.TRUE_FALSE || q.type() == QuestionType.SINGLE)
                    .findFirst().orElseThrow();
            Answer answer = open.type() == QuestionType.TRUE_FALSE ? new TrueFalseAnswer(true) : ChoiceAnswer.of(0);
            quizzes.answer(noor, attempt.id(), open.id(), answer);
            assertThat(quizzes.attempt(noor, attempt.id()).answeredCount()).isEqualTo(6);
        }
    }
}
