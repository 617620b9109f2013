package org.closeread.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.closeread.Application;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** An acknowledged answer is in the database file: a new application context on it finds the work. */
class AnswersSurviveRestartTest {

    @TempDir
    Path data;

    private ConfigurableApplicationContext start() {
        // Command-line arguments win over the test properties, which give each context a new database.
        return new SpringApplicationBuilder(Application.class)
                .run("--closeread.data-dir=" + data, "--server.port=0");
    }

    @Test
    void answers_and_the_resume_code_survive_a_restart() {
        String code;
        String questionId;
        long attemptId;
        try (ConfigurableApplicationContext first = start()) {
            QuizService quizzes = first.getBean(QuizService.class);
            Participant student = quizzes.newParticipant(null);
            AttemptView attempt = quizzes.attempt(student, QuizServiceTest.SLUG, "quiz").orElseThrow();
            questionId = attempt.quiz().questions().stream().filter(q -> q.type() == QuestionType.TRUE_FALSE)
                    .findFirst().orElseThrow().id();
            quizzes.answer(student, attempt.id(), questionId, new TrueFalseAnswer(true));
            code = student.shownCode();
            attemptId = attempt.id();
        }
        try (ConfigurableApplicationContext second = start()) {
            QuizService quizzes = second.getBean(QuizService.class);
            Participant student = quizzes.resume(code).orElseThrow();
            AttemptView attempt = quizzes.attempt(student, QuizServiceTest.SLUG, "quiz").orElseThrow();

            assertThat(attempt.id()).isEqualTo(attemptId);
            assertThat(attempt.answers()).containsEntry(questionId, new TrueFalseAnswer(true));
            assertThat(attempt.finished()).isFalse();
        }
    }
}
