package org.closeread.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.closeread.quiz.AnswerRefusedException;
import org.closeread.quiz.AttemptView;
import org.closeread.quiz.Participant;
import org.closeread.quiz.PromptView;
import org.closeread.quiz.QuestionType;
import org.closeread.quiz.QuizResult;
import org.closeread.quiz.QuizService;
import org.closeread.quiz.Result;
import org.closeread.quiz.TrueFalseAnswer;
import org.closeread.quiz.WrittenAnswer;
import org.closeread.quiz.WrittenQuestion;
import org.closeread.security.TeacherAccountService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Written answers in a class wait for the teacher's mark; only the class's teacher marks them. */
@SpringBootTest
class TeacherMarkingInClassTest {

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
    TeacherAccountService teachers;

    @BeforeEach
    void teachers() {
        for (String name : List.of("ada", "bob")) {
            if (!teachers.exists(name)) {
                teachers.create(name, name, ClassServicesTest.PASSWORD);
            }
        }
    }

    private Classroom classWithQuiz(String name) {
        Classroom created = admin.create("ada", name);
        return admin.assign("ada", created.id(), SLUG, AssignmentKind.QUIZ);
    }

    private Participant join(Classroom classroom, String name) {
        return ((JoinOutcome.Joined) joins.join(classroom.code().shown(), name,
                ClassServicesTest.newClient(), Optional.empty())).participant();
    }

    private static PromptView first(AttemptView attempt, QuestionType type) {
        return attempt.quiz().questions().stream().filter(q -> q.type() == type).findFirst().orElseThrow();
    }

    private StudentProgress progress(Classroom classroom, Participant student) {
        return reports.report("ada", classroom.id(), classroom.assignments().getFirst().id()).orElseThrow()
                .students().stream().filter(s -> s.participantId() == student.id()).findFirst().orElseThrow();
    }

    private int rubricSize(PromptView written) {
        return quizzes.quizWithKeys(SLUG).orElseThrow().questions().stream()
                .filter(q -> q.id().equals(written.id())).map(WrittenQuestion.class::cast)
                .findFirst().orElseThrow().rubric().size();
    }

    @Test
    void a_written_answer_in_a_class_waits_to_be_marked_and_is_left_out_of_the_score() {
        Classroom classroom = classWithQuiz("9A");
        Participant sam = join(classroom, "Sam");
        AttemptView attempt = quizzes.attempt(sam, SLUG, "quiz").orElseThrow();
        PromptView written = first(attempt, QuestionType.WRITTEN);
        PromptView trueFalse = first(attempt, QuestionType.TRUE_FALSE);
        quizzes.answer(sam, attempt.id(), trueFalse.id(), new TrueFalseAnswer(true));

        Result waiting = quizzes.answer(sam, attempt.id(), written.id(), new WrittenAnswer("The mayor.", Set.of(0)));

        assertThat(waiting.toMark()).isTrue();
        assertThat(waiting.selfChecked()).isFalse();
        assertThatThrownBy(() -> quizzes.selfCheck(sam, attempt.id(), written.id(), Set.of(0)))
                .isInstanceOf(AnswerRefusedException.class).hasMessage(QuizService.TEACHER_MARKS);
        StudentProgress row = progress(classroom, sam);
        assertThat(row.toMark()).isEqualTo(1);
        assertThat(row.answer(written.id()).orElseThrow().toMark()).isTrue();
        assertThat(row.answer(written.id()).orElseThrow().mark()).isEmpty();
        QuizResult result = quizzes.finish(sam, attempt.id());
        assertThat(result.toMarkCount()).isEqualTo(1);
    }

    @Test
    void the_classes_teacher_marks_with_a_comment_the_student_sees_and_the_csv_says_who_marked() {
        Classroom classroom = classWithQuiz("9B");
        long assignment = classroom.assignments().getFirst().id();
        Participant sam = join(classroom, "Sam");
        AttemptView attempt = quizzes.attempt(sam, SLUG, "quiz").orElseThrow();
        PromptView written = first(attempt, QuestionType.WRITTEN);
        quizzes.answer(sam, attempt.id(), written.id(), new WrittenAnswer("The mayor, to back the claim."));
        quizzes.finish(sam, attempt.id());
        int points = rubricSize(written);

        reports.mark("ada", classroom.id(), assignment, sam.id(), written.id(), Set.of(0), "Good start.");

        Result seen = quizzes.result(sam, attempt.id()).results().stream()
                .filter(r -> r.questionId().equals(written.id())).findFirst().orElseThrow();
        assertThat(seen.toMark()).isFalse();
        assertThat(seen.score()).isEqualTo(1.0 / points);
        assertThat(seen.teacherMark().orElseThrow().comment()).isEqualTo("Good start.");
        assertThat(seen.teacherMark().orElseThrow().markedBy()).isEqualTo("ada");
        StudentProgress row = progress(classroom, sam);
        assertThat(row.toMark()).isZero();
        assertThat(row.answer(written.id()).orElseThrow().mark().orElseThrow().markedBy()).isEqualTo("ada");
        assertThat(row.answer(written.id()).orElseThrow().mark().orElseThrow().met()).hasSize(1);
        assertThat(row.answer(written.id()).orElseThrow().mark().orElseThrow().rubric()).hasSize(points);
        ClassReport report = reports.report("ada", classroom.id(), assignment).orElseThrow();
        List<String> csvRow = ResultsCsv.rows(report).stream().filter(r -> r.get(4).equals(written.id()))
                .findFirst().orElseThrow();
        int markedBy = ResultsCsv.HEADER.indexOf("Marked by");
        assertThat(csvRow.subList(markedBy - 1, ResultsCsv.HEADER.size()))
                .containsExactly("no", "ada", "1 of " + points + " points", "Good start.");
        assertThat(ResultsCsv.HEADER.subList(0, 16)).endsWith("Tries");

        reports.mark("ada", classroom.id(), assignment, sam.id(), written.id(), Set.of(), "");
        Result again = quizzes.result(sam, attempt.id()).results().stream()
                .filter(r -> r.questionId().equals(written.id())).findFirst().orElseThrow();
        assertThat(again.score()).isZero();
        assertThat(again.teacherMark().orElseThrow().comment()).isEmpty();
    }

    @Test
    void only_the_teacher_who_owns_the_class_marks_and_only_a_students_written_answer() {
        Classroom classroom = classWithQuiz("9C");
        long assignment = classroom.assignments().getFirst().id();
        Participant sam = join(classroom, "Sam");
        AttemptView attempt = quizzes.attempt(sam, SLUG, "quiz").orElseThrow();
        PromptView written = first(attempt, QuestionType.WRITTEN);
        PromptView trueFalse = first(attempt, QuestionType.TRUE_FALSE);
        quizzes.answer(sam, attempt.id(), written.id(), new WrittenAnswer("The mayor."));
        quizzes.answer(sam, attempt.id(), trueFalse.id(), new TrueFalseAnswer(false));
        Participant stranger = quizzes.newParticipant("Outsider");

        assertThatThrownBy(() -> reports.mark("bob", classroom.id(), assignment, sam.id(), written.id(),
                Set.of(0), "")).isInstanceOf(IllegalArgumentException.class).hasMessage("No such class.");
        assertThatThrownBy(() -> reports.mark(null, classroom.id(), assignment, sam.id(), written.id(),
                Set.of(0), "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> reports.mark("ada", classroom.id(), assignment, stranger.id(), written.id(),
                Set.of(0), "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> reports.mark("ada", classroom.id(), assignment, sam.id(), trueFalse.id(),
                Set.of(0), "")).isInstanceOf(IllegalArgumentException.class);
        assertThat(progress(classroom, sam).toMark()).isEqualTo(1);
    }

    @Test
    void in_self_study_the_written_answer_keeps_its_self_check_and_cannot_be_marked() {
        Participant alone = quizzes.newParticipant(null);
        AttemptView attempt = quizzes.attempt(alone, SLUG, "quiz").orElseThrow();
        PromptView written = first(attempt, QuestionType.WRITTEN);

        Result result = quizzes.answer(alone, attempt.id(), written.id(), new WrittenAnswer("The mayor."));

        assertThat(result.toMark()).isFalse();
        assertThat(result.selfChecked()).isTrue();
        assertThat(quizzes.selfCheck(alone, attempt.id(), written.id(), Set.of(0)).score()).isPositive();
        assertThatThrownBy(() -> quizzes.mark(attempt.id(), written.id(), Set.of(0), "", "ada"))
                .isInstanceOf(AnswerRefusedException.class);
    }
}
