package org.closeread.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** What the quiz feature offers teachers' views: activity events, attempts with answers, deleting data. */
@SpringBootTest
@RecordApplicationEvents
class QuizForTeachersTest {

    static final String SLUG = QuizServiceTest.SLUG;

    @Autowired
    QuizService quizzes;

    @Autowired
    ApplicationEvents events;

    private PromptView first(AttemptView attempt, QuestionType type) {
        return attempt.quiz().questions().stream().filter(q -> q.type() == type).findFirst().orElseThrow();
    }

    @Test
    void starting_answering_and_finishing_are_published_as_events() {
        Participant student = quizzes.newParticipant("Sam");
        AttemptView attempt = quizzes.attempt(student, SLUG, "quiz").orElseThrow();
        String question = first(attempt, QuestionType.TRUE_FALSE).id();
        quizzes.answer(student, attempt.id(), question, new TrueFalseAnswer(true));
        quizzes.finish(student, attempt.id());
        quizzes.finish(student, attempt.id());

        assertThat(events.stream(QuizActivity.class).filter(e -> e.participantId() == student.id()).toList())
                .containsExactly(
                        new QuizActivity.AttemptStarted(student.id(), attempt.id(), SLUG, "quiz"),
                        new QuizActivity.AnswerRecorded(student.id(), attempt.id(), SLUG, "quiz", question),
                        new QuizActivity.AttemptFinished(student.id(), attempt.id(), SLUG, "quiz"));
    }

    @Test
    void the_latest_attempt_of_each_participant_comes_with_its_answers_and_results() {
        Participant sam = quizzes.newParticipant("Sam");
        Participant ali = quizzes.newParticipant("Ali");
        Participant idle = quizzes.newParticipant("Idle");
        AttemptView first = quizzes.attempt(sam, SLUG, "quiz").orElseThrow();
        String question = first(first, QuestionType.TRUE_FALSE).id();
        quizzes.answer(sam, first.id(), question, new TrueFalseAnswer(false));
        quizzes.finish(sam, first.id());
        AttemptView again = quizzes.start(sam, SLUG, "quiz").orElseThrow();
        quizzes.answer(sam, again.id(), question, new TrueFalseAnswer(true));
        quizzes.attempt(ali, SLUG, "quiz");

        List<AttemptRecord> records = quizzes.latestAttempts(List.of(sam.id(), ali.id(), idle.id()), SLUG);

        assertThat(records).extracting(AttemptRecord::participantId).containsExactlyInAnyOrder(sam.id(), ali.id());
        AttemptRecord samNow = records.stream().filter(r -> r.participantId() == sam.id()).findFirst().orElseThrow();
        assertThat(samNow.attemptId()).as("the attempt taken again").isEqualTo(again.id());
        assertThat(samNow.finished()).isFalse();
        assertThat(samNow.answer(question).orElseThrow().answer()).isEqualTo(new TrueFalseAnswer(true));
        assertThat(samNow.answer(question).orElseThrow().result().correct()).as("the key says false").isFalse();
        assertThat(samNow.result().results()).hasSize(first.quiz().questions().size());
    }

    @Test
    void teachers_get_the_quiz_with_its_keys_and_answers_in_words() {
        Quiz quiz = quizzes.quizWithKeys(SLUG).orElseThrow();
        SingleChoiceQuestion single = quiz.questions().stream().filter(SingleChoiceQuestion.class::isInstance)
                .map(SingleChoiceQuestion.class::cast).findFirst().orElseThrow();

        assertThat(single.options()).anyMatch(Option::correct);
        assertThat(AnswerText.of(single, ChoiceAnswer.of(0))).isEqualTo(single.shownOptions().get(0).text());
        assertThat(AnswerText.of(single, ChoiceAnswer.of(99))).as("an index that names nothing").isEmpty();
    }

    @Test
    void forgetting_participants_deletes_them_with_their_attempts() {
        Participant sam = quizzes.newParticipant("Sam");
        AttemptView attempt = quizzes.attempt(sam, SLUG, "quiz").orElseThrow();
        quizzes.answer(sam, attempt.id(), first(attempt, QuestionType.TRUE_FALSE).id(), new TrueFalseAnswer(true));

        assertThat(quizzes.forget(List.of(sam.id()))).isEqualTo(1);

        assertThat(quizzes.resume(sam.resumeCode())).isEmpty();
        assertThat(quizzes.latestAttempts(List.of(sam.id()), SLUG)).isEmpty();
    }

    @Test
    void forgetting_before_a_date_keeps_what_is_newer() {
        Participant sam = quizzes.newParticipant("Sam");
        quizzes.attempt(sam, SLUG, "quiz");

        assertThat(quizzes.forgetBefore(List.of(sam.id()), Instant.now().minusSeconds(3600)))
                .isEqualTo(new Forgotten(0, 0));
        assertThat(quizzes.forgetBefore(List.of(sam.id()), Instant.now().plusSeconds(3600)))
                .isEqualTo(new Forgotten(1, 1));
        assertThat(quizzes.participants(List.of(sam.id()))).isEmpty();
    }
}
