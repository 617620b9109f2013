package org.closeread.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.closeread.lesson.LessonPath;
import org.closeread.quiz.AttemptView;
import org.closeread.quiz.Participant;
import org.closeread.quiz.QuizService;
import org.closeread.security.TeacherAccountService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A lesson assigned on the core path: students take the core quiz, and the class report counts it. */
@SpringBootTest
class ClassPathTest {

    private static final String SLUG = "china-russia-defence-ministers";
    private static final AtomicInteger CLIENTS = new AtomicInteger(100);

    @Autowired
    ClassAdminService classrooms;

    @Autowired
    JoinService joins;

    @Autowired
    ClassReportService reports;

    @Autowired
    QuizService quizzes;

    @Autowired
    TeacherAccountService teachers;

    @BeforeEach
    void teacher() {
        if (!teachers.exists("paths")) {
            teachers.create("paths", "paths", "correct horse battery staple");
        }
    }

    @Test
    void students_of_a_core_assignment_take_the_core_quiz_and_the_report_is_over_it() {
        Classroom created = classrooms.create("paths", "9A");
        Classroom classroom = classrooms.assign("paths", created.id(), SLUG, AssignmentKind.LESSON, LessonPath.CORE);
        Assignment assignment = classroom.assignments().get(0);
        assertThat(assignment.lessonPath()).isEqualTo(LessonPath.CORE);
        assertThat(assignment.path()).isEqualTo("lessons/" + SLUG + "?path=core");

        int n = CLIENTS.incrementAndGet();
        JoinOutcome joined = joins.join(classroom.code().shown(), "Sam", new JoinClient("192.0.2." + n, "b" + n),
                Optional.empty());
        Participant sam = ((JoinOutcome.Joined) joined).participant();
        assertThat(quizzes.assignedPath(sam, SLUG)).contains(LessonPath.CORE);
        String key = quizzes.quizKey(SLUG, LessonPath.CORE);
        AttemptView attempt = quizzes.attempt(sam, SLUG, key).orElseThrow();
        assertThat(attempt.quiz().questions()).hasSize(13);

        ClassReport report = reports.report("paths", classroom.id(), assignment.id()).orElseThrow();
        assertThat(report.questions()).hasSize(13);
        assertThat(report.students()).hasSize(1);
        assertThat(quizzes.quizWithKeys(SLUG, key).orElseThrow().questions()).hasSize(13);

        Classroom full = classrooms.assign("paths", created.id(), SLUG, AssignmentKind.LESSON, LessonPath.FULL);
        assertThat(full.assignments().get(0).path()).isEqualTo("lessons/" + SLUG);
        assertThat(quizzes.quizKey(SLUG, LessonPath.FULL)).isEqualTo("quiz");
    }
}
