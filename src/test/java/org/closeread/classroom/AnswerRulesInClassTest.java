package org.closeread.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.closeread.quiz.AnswerPolicy;
import org.closeread.quiz.AnswerRefusedException;
import org.closeread.quiz.AnswerTry;
import org.closeread.quiz.AttemptView;
import org.closeread.quiz.ChoiceAnswer;
import org.closeread.quiz.FeedbackTiming;
import org.closeread.quiz.Participant;
import org.closeread.quiz.PromptView;
import org.closeread.quiz.QuestionType;
import org.closeread.quiz.QuizService;
import org.closeread.quiz.StudentQuiz;
import org.closeread.quiz.TrueFalseAnswer;
import org.closeread.security.TeacherAccountService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The answer policy and the answer gate, through the services, for students in a class. */
@SpringBootTest
class AnswerRulesInClassTest {

    static final String SLUG = ClassServicesTest.SLUG;

    @Autowired
    JoinService joins;
    @Autowired
    ClassReportService reports;
    @Autowired
    ClassAdminService admin;

    @Autowired
    QuizService quizzes;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TeacherAccountService teachers;

    @BeforeEach
    void teacher() {
        if (!teachers.exists("ada")) {
            teachers.create("ada", "ada", ClassServicesTest.PASSWORD);
        }
    }

    private Classroom classWithQuiz() {
        Classroom created = admin.create("ada", "8B English");
        return admin.assign("ada", created.id(), SLUG, AssignmentKind.QUIZ);
    }

    private Participant join(Classroom classroom, String name) {
        return ((JoinOutcome.Joined) joins.join(classroom.code().shown(), name,
                ClassServicesTest.newClient(), Optional.empty())).participant();
    }

    private static PromptView first(StudentQuiz quiz, QuestionType type) {
        return quiz.questions().stream().filter(q -> q.type() == type).findFirst().orElseThrow();
    }

    private long assignmentId(Classroom classroom) {
        return classroom.assignments().getFirst().id();
    }

    private StudentProgress progress(Classroom classroom, Participant student) {
        return reports.report("ada", classroom.id(), assignmentId(classroom)).orElseThrow().students().stream()
                .filter(s -> s.participantId() == student.id()).findFirst().orElseThrow();
    }

    @Test
    void answering_in_a_closed_assignment_is_refused_and_reopening_goes_on_where_it_was() {
        Classroom classroom = classWithQuiz();
        Participant sam = join(classroom, "Sam");
        AttemptView attempt = quizzes.attempt(sam, SLUG, "quiz").orElseThrow();
        PromptView single = first(attempt.quiz(), QuestionType.SINGLE);
        PromptView trueFalse = first(attempt.quiz(), QuestionType.TRUE_FALSE);
        quizzes.answer(sam, attempt.id(), single.id(), ChoiceAnswer.of(0));

        admin.setAssignmentOpen("ada", classroom.id(), assignmentId(classroom), false);

        assertThat(quizzes.refusal(sam, SLUG, "quiz")).contains(ClassGateService.ASSIGNMENT_CLOSED);
        assertThatThrownBy(() -> quizzes.answer(sam, attempt.id(), trueFalse.id(), new TrueFalseAnswer(true)))
                .isInstanceOf(AnswerRefusedException.class)
                .hasMessage(ClassGateService.ASSIGNMENT_CLOSED);
        assertThatThrownBy(() -> quizzes.finish(sam, attempt.id())).isInstanceOf(AnswerRefusedException.class);
        assertThatThrownBy(() -> quizzes.start(sam, SLUG, "quiz")).isInstanceOf(AnswerRefusedException.class);
        assertThat(progress(classroom, sam).answered()).as("nothing reached the results").isEqualTo(1);
        assertThat(progress(classroom, sam).stage()).isEqualTo(StudentProgress.Stage.ANSWERING);

        admin.setAssignmentOpen("ada", classroom.id(), assignmentId(classroom), true);

        AttemptView again = quizzes.attempt(sam, SLUG, "quiz").orElseThrow();
        assertThat(again.id()).as("the same attempt").isEqualTo(attempt.id());
        assertThat(again.answers()).containsOnlyKeys(single.id());
        quizzes.answer(sam, attempt.id(), trueFalse.id(), new TrueFalseAnswer(true));
        assertThat(progress(classroom, sam).answered()).isEqualTo(2);
    }

    @Test
    void answering_in_a_closed_class_is_refused_practice_included() {
        Classroom classroom = classWithQuiz();
        Participant ali = join(classroom, "Ali");
        AttemptView attempt = quizzes.attempt(ali, SLUG, "quiz").orElseThrow();
        AttemptView practice = quizzes.attempt(ali, SLUG, "step:quotes").orElseThrow();

        admin.setOpen("ada", classroom.id(), false);

        PromptView trueFalse = first(attempt.quiz(), QuestionType.TRUE_FALSE);
        assertThatThrownBy(() -> quizzes.answer(ali, attempt.id(), trueFalse.id(), new TrueFalseAnswer(true)))
                .isInstanceOf(AnswerRefusedException.class).hasMessage(ClassGateService.CLASS_CLOSED);
        PromptView exercise = practice.quiz().questions().getFirst();
        assertThatThrownBy(() -> quizzes.answer(ali, practice.id(), exercise.id(), ChoiceAnswer.of(0)))
                .isInstanceOf(AnswerRefusedException.class);
        assertThat(jdbc.queryForObject("select count(*) from answer_try t join attempt a on t.attempt_id = a.id"
                + " where a.participant_id = ?", Long.class, ali.id())).isZero();

        Participant newcomer = quizzes.newParticipant(null);
        assertThat(quizzes.refusal(newcomer, SLUG, "quiz")).as("students outside the class are not gated").isEmpty();
    }

    @Test
    void a_student_who_has_not_started_a_closed_assignment_gets_no_attempt() {
        Classroom classroom = classWithQuiz();
        Participant noor = join(classroom, "Noor");
        admin.setAssignmentOpen("ada", classroom.id(), assignmentId(classroom), false);

        assertThat(quizzes.attempt(noor, SLUG, "quiz")).isEmpty();
        assertThat(progress(classroom, noor).stage()).isEqualTo(StudentProgress.Stage.NOT_STARTED);
    }

    @Test
    void with_feedback_at_the_end_answers_change_until_submitted_and_every_try_is_kept() {
        Classroom classroom = classWithQuiz();
        admin.setAssignmentFeedback("ada", classroom.id(), assignmentId(classroom),
                Optional.of(FeedbackTiming.AT_END));
        Participant zoe = join(classroom, "Zoë");
        AttemptView attempt = quizzes.attempt(zoe, SLUG, "quiz").orElseThrow();
        assertThat(attempt.feedback()).isEqualTo(FeedbackTiming.AT_END);
        PromptView trueFalse = first(attempt.quiz(), QuestionType.TRUE_FALSE);

        quizzes.answer(zoe, attempt.id(), trueFalse.id(), new TrueFalseAnswer(true));
        quizzes.answer(zoe, attempt.id(), trueFalse.id(), new TrueFalseAnswer(false));
        quizzes.answer(zoe, attempt.id(), trueFalse.id(), new TrueFalseAnswer(true));

        AttemptView before = quizzes.attempt(zoe, attempt.id());
        assertThat(before.answers().get(trueFalse.id())).as("the last try counts").isEqualTo(new TrueFalseAnswer(true));
        assertThat(before.results()).as("no result (and no key) before the quiz is submitted").isEmpty();
        assertThat(before.tries(trueFalse.id())).isEqualTo(3);
        assertThatThrownBy(() -> quizzes.result(zoe, attempt.id())).isInstanceOf(AnswerRefusedException.class);
        assertThat(quizzes.tries(attempt.id(), trueFalse.id())).extracting(AnswerTry::answer).containsExactly(
                new TrueFalseAnswer(true), new TrueFalseAnswer(false), new TrueFalseAnswer(true));
        assertThat(progress(classroom, zoe).answer(trueFalse.id()).orElseThrow().tries()).isEqualTo(3);
        List<String> csvRow = ResultsCsv.rows(reports.report("ada", classroom.id(), assignmentId(classroom))
                .orElseThrow()).stream().filter(r -> r.get(4).equals(trueFalse.id())).findFirst().orElseThrow();
        assertThat(ResultsCsv.HEADER.get(15)).as("the tries column keeps its place").isEqualTo("Tries");
        assertThat(csvRow.get(15)).as("the CSV's tries").isEqualTo("3");

        quizzes.finish(zoe, attempt.id());

        assertThatThrownBy(() -> quizzes.answer(zoe, attempt.id(), trueFalse.id(), new TrueFalseAnswer(false)))
                .isInstanceOf(AnswerRefusedException.class).hasMessage(AnswerPolicy.FINAL_AFTER_SUBMIT);
        AttemptView after = quizzes.attempt(zoe, attempt.id());
        assertThat(after.answers().get(trueFalse.id())).isEqualTo(new TrueFalseAnswer(true));
        assertThat(after.results()).containsKey(trueFalse.id());
        assertThat(quizzes.tries(attempt.id(), trueFalse.id())).hasSize(3);
    }

    @Test
    void an_assignment_without_a_choice_follows_the_lesson_and_the_choice_applies_to_new_attempts() {
        Classroom classroom = classWithQuiz();
        Participant ben = join(classroom, "Ben");
        AttemptView started = quizzes.attempt(ben, SLUG, "quiz").orElseThrow();
        assertThat(started.feedback()).as("the lesson's quiz says after-each").isEqualTo(FeedbackTiming.AFTER_EACH);

        admin.setAssignmentFeedback("ada", classroom.id(), assignmentId(classroom),
                Optional.of(FeedbackTiming.AT_END));

        assertThat(quizzes.attempt(ben, started.id()).feedback()).isEqualTo(FeedbackTiming.AFTER_EACH);
        assertThat(admin.classroom("ada", classroom.id()).orElseThrow().assignments().getFirst().feedback())
                .contains(FeedbackTiming.AT_END);
    }

    @Test
    void practice_keeps_every_try_and_the_first_counts() {
        Participant alone = quizzes.newParticipant(null);
        AttemptView practice = quizzes.attempt(alone, SLUG, "step:quotes").orElseThrow();
        PromptView exercise = practice.quiz().questions().stream()
                .filter(q -> q.type() == QuestionType.SINGLE || q.type() == QuestionType.TRUE_FALSE)
                .findFirst().orElseThrow();
        List<? extends org.closeread.quiz.Answer> tries = exercise.type() == QuestionType.SINGLE
                ? List.of(ChoiceAnswer.of(0), ChoiceAnswer.of(1), ChoiceAnswer.of(2))
                : List.of(new TrueFalseAnswer(true), new TrueFalseAnswer(false), new TrueFalseAnswer(true));

        double firstScore = quizzes.answer(alone, practice.id(), exercise.id(), tries.get(0)).score();
        quizzes.answer(alone, practice.id(), exercise.id(), tries.get(1));
        quizzes.answer(alone, practice.id(), exercise.id(), tries.get(2));

        AttemptView after = quizzes.attempt(alone, practice.id());
        assertThat(after.answers().get(exercise.id())).isEqualTo(tries.get(0));
        assertThat(after.results().get(exercise.id()).score()).isEqualTo(firstScore);
        assertThat(after.tries(exercise.id())).isEqualTo(3);
        assertThat(quizzes.tries(practice.id(), exercise.id())).extracting(AnswerTry::number).containsExactly(1, 2, 3);
        assertThat(quizzes.tries(practice.id(), exercise.id())).extracting(AnswerTry::answer)
                .containsExactlyElementsOf(tries);
    }

    @Test
    void a_written_answers_self_check_scores_it_without_a_new_try_and_never_changes_its_text() {
        Participant alone = quizzes.newParticipant(null);
        AttemptView attempt = quizzes.attempt(alone, SLUG, "quiz").orElseThrow();
        PromptView written = first(attempt.quiz(), QuestionType.WRITTEN);
        quizzes.answer(alone, attempt.id(), written.id(), new org.closeread.quiz.WrittenAnswer("My answer."));

        var checked = quizzes.selfCheck(alone, attempt.id(), written.id(), Set.of(0));

        assertThat(checked.selfChecked()).isTrue();
        assertThat(checked.score()).isGreaterThan(0);
        AttemptView after = quizzes.attempt(alone, attempt.id());
        assertThat(after.answers().get(written.id()))
                .isEqualTo(new org.closeread.quiz.WrittenAnswer("My answer.", Set.of(0)));
        assertThat(after.tries(written.id())).isEqualTo(1);
        assertThatThrownBy(() -> quizzes.answer(alone, attempt.id(), written.id(),
                new org.closeread.quiz.WrittenAnswer("A better answer, after reading the model.")))
                .isInstanceOf(AnswerRefusedException.class);
    }
}
