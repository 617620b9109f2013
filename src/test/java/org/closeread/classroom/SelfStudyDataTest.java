package org.closeread.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.closeread.quiz.AnswerRefusedException;
import org.closeread.quiz.AttemptView;
import org.closeread.quiz.Forgotten;
import org.closeread.quiz.Participant;
import org.closeread.quiz.PromptView;
import org.closeread.quiz.QuestionType;
import org.closeread.quiz.QuizService;
import org.closeread.quiz.TrueFalseAnswer;
import org.closeread.security.TeacherAccountService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** A self-study student's data ends: after the retention period of inactivity, or when they delete it. */
@SpringBootTest
class SelfStudyDataTest {

    static final String SLUG = ClassServicesTest.SLUG;

    @Autowired
    JoinService joins;
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

    private Participant classStudent() {
        Classroom classroom = admin.assign("ada", admin.create("ada", "8B").id(), SLUG,
                AssignmentKind.QUIZ);
        return ((JoinOutcome.Joined) joins.join(classroom.code().shown(), "Sam",
                ClassServicesTest.newClient(), Optional.empty())).participant();
    }

    private long answer(Participant student) {
        AttemptView attempt = quizzes.attempt(student, SLUG, "quiz").orElseThrow();
        PromptView question = attempt.quiz().questions().stream().filter(q -> q.type() == QuestionType.TRUE_FALSE)
                .findFirst().orElseThrow();
        quizzes.answer(student, attempt.id(), question.id(), new TrueFalseAnswer(true));
        return attempt.id();
    }

    private long rows(String table, long attemptId) {
        return jdbc.queryForObject("select count(*) from " + table + " where attempt_id = ?", Long.class, attemptId);
    }

    @Test
    void a_self_study_student_deletes_their_own_answers_and_a_class_student_cannot() {
        Participant alone = quizzes.newParticipant(null);
        long attempt = answer(alone);
        Participant sam = classStudent();
        answer(sam);

        assertThat(quizzes.selfStudy(alone)).isTrue();
        assertThat(quizzes.selfStudy(sam)).isFalse();
        assertThatThrownBy(() -> quizzes.forgetMe(sam)).isInstanceOf(AnswerRefusedException.class)
                .hasMessage("quiz.refused.class-answers");

        Forgotten gone = quizzes.forgetMe(alone);

        assertThat(gone).isEqualTo(new Forgotten(1, 1));
        assertThat(quizzes.resume(alone.resumeCode())).isEmpty();
        assertThat(rows("answer", attempt)).isZero();
        assertThat(rows("answer_try", attempt)).isZero();
        assertThat(quizzes.resume(sam.resumeCode())).isPresent();
    }

    @Test
    void idle_self_study_participants_are_deleted_and_class_students_and_active_ones_are_kept() throws Exception {
        Participant idle = quizzes.newParticipant(null);
        long idleAttempt = answer(idle);
        Participant sam = classStudent();
        answer(sam);
        Thread.sleep(5);
        Instant cutoff = Instant.now();
        Thread.sleep(5);
        Participant active = quizzes.newParticipant(null);
        answer(active);

        Forgotten gone = quizzes.forgetSelfStudyBefore(cutoff);

        assertThat(gone.participants()).isGreaterThanOrEqualTo(1);
        assertThat(quizzes.resume(idle.resumeCode())).isEmpty();
        assertThat(rows("answer_try", idleAttempt)).isZero();
        assertThat(quizzes.resume(sam.resumeCode())).as("the class keeps its students").isPresent();
        assertThat(quizzes.resume(active.resumeCode())).as("active after the cutoff").isPresent();
    }
}
