package org.closeread.quiz.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.closeread.ClientInput._setValue;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.Optional;
import java.util.Set;
import org.closeread.KaribuTest;
import org.closeread.classroom.AssignmentKind;
import org.closeread.classroom.Classroom;
import org.closeread.classroom.ClassAdminService;
import org.closeread.classroom.JoinService;
import org.closeread.classroom.JoinClient;
import org.closeread.classroom.JoinOutcome;
import org.closeread.quiz.Participant;
import org.closeread.quiz.QuizService;
import org.closeread.security.TeacherAccountService;
import org.junit.jupiter.api.Test;

/** A student in the quiz when the teacher closes the assignment: the page says so and nothing is stored. */
class ClosedAssignmentViewTest extends KaribuTest {

    private static final String SLUG = "china-russia-defence-ministers";

    @Override
    protected Set<Class<? extends Component>> views() {
        return Set.of(QuizView.class);
    }

    @Test
    void answering_after_the_teacher_closed_the_assignment_is_refused_with_the_reason() {
        TeacherAccountService teachers = context.getBean(TeacherAccountService.class);
        if (!teachers.exists("ada")) {
            teachers.create("ada", "ada", "correct horse battery staple");
        }
        JoinService joins = context.getBean(JoinService.class);
        ClassAdminService admin = context.getBean(ClassAdminService.class);
        QuizService quizzes = context.getBean(QuizService.class);
        Classroom classroom = admin.assign("ada", admin.create("ada", "8B").id(), SLUG, AssignmentKind.QUIZ);
        Participant sam = ((JoinOutcome.Joined) joins.join(classroom.code().shown(), "Sam",
                new JoinClient("198.51.100.7", "closed-view-test"), Optional.empty())).participant();
        StudentSession.set(sam);
        ui().navigate("lessons/" + SLUG + "/quiz");
        QuizView view = _get(QuizView.class);
        QuestionCard card = view.card();

        admin.setAssignmentOpen("ada", classroom.id(), classroom.assignments().getFirst().id(), false);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> options = (RadioButtonGroup<Integer>) card.input().component();
        _setValue(options, 0);
        _click(card.saveButton());

        assertThat(card.message()).isEqualTo("This assignment is closed. Your answers so far are saved.");
        assertThat(card.saveButton().isVisible()).isFalse();
        assertThat(quizzes.attempt(sam, view.currentAttempt().id()).answeredCount()).isZero();

        // Coming back while it is closed: the page says why before anyone types.
        ui().navigate("lessons/" + SLUG + "/quiz");
        assertThat(_get(Paragraph.class, spec -> spec.withId("quiz-closed")).getText())
                .isEqualTo("This assignment is closed. Your answers so far are saved.");
        assertThat(_get(QuizView.class).card().saveButton().isVisible()).isFalse();
        assertThat(_get(Button.class, spec -> spec.withId("finish-quiz")).isEnabled()).isFalse();

        // Reopened: the student goes on where they were.
        admin.setAssignmentOpen("ada", classroom.id(), classroom.assignments().getFirst().id(), true);
        ui().navigate("lessons/" + SLUG + "/quiz");
        assertThat(_find(Paragraph.class, spec -> spec.withId("quiz-closed"))).isEmpty();
        QuestionCard again = _get(QuizView.class).card();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> reopened = (RadioButtonGroup<Integer>) again.input().component();
        _setValue(reopened, 0);
        _click(again.saveButton());
        assertThat(quizzes.attempt(sam, _get(QuizView.class).currentAttempt().id()).answeredCount()).isEqualTo(1);
    }
}
