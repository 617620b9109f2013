package org.closeread.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
class QuizServiceTest {

    static final String SLUG = "china-russia-defence-ministers";

    @Autowired
    QuizService quizzes;

    @Autowired
    JdbcTemplate jdbc;

    private long answerRows(long attemptId) {
        return jdbc.queryForObject("select count(*) from answer where attempt_id = ?", Long.class, attemptId);
    }

    private PromptView firstOfType(StudentQuiz quiz, QuestionType type) {
        return quiz.questions().stream().filter(q -> q.type() == type).findFirst().orElseThrow();
    }

    @Test
    void the_first_lesson_has_a_stored_quiz_of_twenty_or_more_prompts_without_keys() {
        StudentQuiz quiz = quizzes.quiz(SLUG).orElseThrow();

        assertThat(quiz.questions()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(quiz.questions()).extracting(PromptView::type).contains(QuestionType.values());
        assertThat(quizzes.exercises(SLUG, "quotes")).isPresent();
    }

    @Test
    void an_answer_is_stored_at_once_and_final_once_its_feedback_is_shown() {
        Participant student = quizzes.newParticipant(null);
        AttemptView attempt = quizzes.attempt(student, SLUG, "quiz").orElseThrow();
        assertThat(attempt.feedback()).isEqualTo(FeedbackTiming.AFTER_EACH);
        PromptView single = firstOfType(attempt.quiz(), QuestionType.SINGLE);

        Result first = quizzes.answer(student, attempt.id(), single.id(), ChoiceAnswer.of(0));
        assertThat(answerRows(attempt.id())).isEqualTo(1);
        String stored = jdbc.queryForObject("select response || ' ' || score || ' ' || answered_at from answer"
                + " where attempt_id = ?", String.class, attempt.id());
        assertThatThrownBy(() -> quizzes.answer(student, attempt.id(), single.id(), ChoiceAnswer.of(1)))
                .isInstanceOf(AnswerRefusedException.class)
                .hasMessage(AnswerPolicy.FINAL_AFTER_FEEDBACK);

        assertThat(answerRows(attempt.id())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select response || ' ' || score || ' ' || answered_at from answer"
                + " where attempt_id = ?", String.class, attempt.id())).isEqualTo(stored);
        assertThat(jdbc.queryForObject("select count(*) from answer_try where attempt_id = ?", Long.class,
                attempt.id())).as("a refused try is not a try").isEqualTo(1);
        AttemptView after = quizzes.attempt(student, attempt.id());
        assertThat(after.answers().get(single.id())).isEqualTo(ChoiceAnswer.of(0));
        assertThat(after.results().get(single.id()).score()).isEqualTo(first.score());
        assertThat(after.answerFinal(single.id())).isTrue();
    }

    @Test
    void concurrent_submits_of_the_same_answer_are_all_acknowledged_and_stored_once() throws Exception {
        Participant student = quizzes.newParticipant(null);
        AttemptView attempt = quizzes.attempt(student, SLUG, "quiz").orElseThrow();
        PromptView question = firstOfType(attempt.quiz(), QuestionType.TRUE_FALSE);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> submits = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            Callable<Boolean> submit = () -> {
                go.await();
                try {
                    quizzes.answer(student, attempt.id(), question.id(), new TrueFalseAnswer(true));
                    return true;
                } catch (AnswerRefusedException refused) {
                    return false;
                }
            };
            submits.add(pool.submit(submit));
        }
        go.countDown();
        int stored = 0;
        for (Future<Boolean> submit : submits) {
            stored += submit.get() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(stored).as("the same answer sent again is acknowledged, never refused").isEqualTo(16);
        assertThat(answerRows(attempt.id())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from answer_try where attempt_id = ?", Long.class,
                attempt.id())).isEqualTo(1);
    }

    @Test
    void the_result_teaches_with_the_explanation_and_a_finished_attempt_keeps_its_answers() {
        Participant student = quizzes.newParticipant(null);
        AttemptView attempt = quizzes.attempt(student, SLUG, "quiz").orElseThrow();
        PromptView single = firstOfType(attempt.quiz(), QuestionType.SINGLE);

        Result result = quizzes.answer(student, attempt.id(), single.id(), ChoiceAnswer.of(0));
        assertThat(result.explanation()).isNotBlank();
        QuizResult finished = quizzes.finish(student, attempt.id());

        assertThat(finished.results()).hasSize(attempt.quiz().questions().size());
        assertThat(finished.unansweredCount()).isEqualTo(attempt.quiz().questions().size() - 1);
        assertThat(quizzes.attempt(student, SLUG, "quiz").orElseThrow().finished()).isTrue();
        assertThatThrownBy(() -> quizzes.answer(student, attempt.id(), single.id(), ChoiceAnswer.of(1)))
                .hasMessage(AnswerPolicy.FINAL_AFTER_SUBMIT);
        assertThat(quizzes.finish(student, attempt.id()).percent()).isEqualTo(finished.percent());
    }

    @Test
    void a_resume_code_finds_the_participant_and_a_wrong_code_finds_nobody() {
        Participant student = quizzes.newParticipant("Ada");

        assertThat(quizzes.resume(student.shownCode().toLowerCase())).contains(student);
        assertThat(quizzes.resume(" " + student.resumeCode() + " ")).contains(student);
        assertThat(quizzes.resume("AAAA-AAAA")).isEmpty();
        assertThat(quizzes.resume("not a code")).isEmpty();
        assertThat(student.resumeCode()).hasSize(8);
    }

    @Test
    void nobody_reaches_another_students_attempt_by_its_id() {
        Participant owner = quizzes.newParticipant(null);
        Participant other = quizzes.newParticipant(null);
        AttemptView attempt = quizzes.attempt(owner, SLUG, "quiz").orElseThrow();
        String question = attempt.quiz().questions().get(0).id();

        assertThatThrownBy(() -> quizzes.attempt(other, attempt.id())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> quizzes.answer(other, attempt.id(), question, ChoiceAnswer.of(0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> quizzes.result(other, attempt.id())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_answer_of_the_wrong_kind_is_refused_and_nothing_is_stored() {
        Participant student = quizzes.newParticipant(null);
        AttemptView attempt = quizzes.attempt(student, SLUG, "quiz").orElseThrow();
        PromptView single = firstOfType(attempt.quiz(), QuestionType.SINGLE);

        assertThatThrownBy(() -> quizzes.answer(student, attempt.id(), single.id(), new TrueFalseAnswer(true)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(answerRows(attempt.id())).isZero();
    }

    @Test
    void practice_answers_are_stored_like_quiz_answers() {
        Participant student = quizzes.newParticipant(null);
        AttemptView practice = quizzes.attempt(student, SLUG, "step:quotes").orElseThrow();
        PromptView first = practice.quiz().questions().stream()
                .filter(q -> q.type() == QuestionType.SINGLE || q.type() == QuestionType.MULTIPLE)
                .findFirst().orElseThrow();

        quizzes.answer(student, practice.id(), first.id(), ChoiceAnswer.of(0));

        assertThat(answerRows(practice.id())).isEqualTo(1);
    }

    @Test
    void the_same_practice_answer_sent_twice_is_one_try_and_a_changed_one_is_a_new_try() {
        Participant student = quizzes.newParticipant(null);
        AttemptView practice = quizzes.attempt(student, SLUG, "step:quotes").orElseThrow();
        PromptView first = practice.quiz().questions().stream()
                .filter(q -> q.type() == QuestionType.SINGLE).findFirst().orElseThrow();

        Result once = quizzes.answer(student, practice.id(), first.id(), ChoiceAnswer.of(0));
        Result again = quizzes.answer(student, practice.id(), first.id(), ChoiceAnswer.of(0));
        assertThat(again).isEqualTo(once);
        assertThat(jdbc.queryForObject("select count(*) from answer_try where attempt_id = ?", Long.class,
                practice.id())).isEqualTo(1);

        quizzes.answer(student, practice.id(), first.id(), ChoiceAnswer.of(1));
        quizzes.answer(student, practice.id(), first.id(), ChoiceAnswer.of(0));
        assertThat(jdbc.queryForObject("select count(*) from answer_try where attempt_id = ?", Long.class,
                practice.id())).as("A, B, A again: three tries").isEqualTo(3);
    }

    @Test
    void a_named_answer_arriving_again_after_another_one_is_acknowledged_and_not_stored_again() {
        Participant student = quizzes.newParticipant(null);
        AttemptView practice = quizzes.attempt(student, SLUG, "step:quotes").orElseThrow();
        PromptView first = practice.quiz().questions().stream()
                .filter(q -> q.type() == QuestionType.SINGLE).findFirst().orElseThrow();

        Result a = quizzes.answer(student, practice.id(), first.id(), ChoiceAnswer.of(0), "answer-a");
        quizzes.answer(student, practice.id(), first.id(), ChoiceAnswer.of(1), "answer-b");
        // The first request again, late (its reply was lost and it was resent, or it was processed late).
        Result late = quizzes.answer(student, practice.id(), first.id(), ChoiceAnswer.of(0), "answer-a");

        assertThat(late).isEqualTo(a);
        assertThat(jdbc.queryForList("select response from answer_try where attempt_id = ? order by try_number",
                String.class, practice.id())).as("A and B, not A again").hasSize(2);
        // Unnamed, the same choice after another one is a new try, as a student changing their mind back.
        quizzes.answer(student, practice.id(), first.id(), ChoiceAnswer.of(0));
        assertThat(jdbc.queryForObject("select count(*) from answer_try where attempt_id = ?", Long.class,
                practice.id())).isEqualTo(3);
        assertThatThrownBy(() -> quizzes.answer(student, practice.id(), first.id(), ChoiceAnswer.of(1), "x".repeat(65)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
