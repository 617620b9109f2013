package org.closeread.classroom.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.closeread.ClientInput._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.util.Set;
import org.closeread.classroom.AssignmentKind;
import org.closeread.classroom.Classroom;
import org.closeread.classroom.JoinOutcome;
import org.closeread.classroom.Member;
import org.junit.jupiter.api.Test;

class JoinViewTest extends ClassroomKaribuTest {

    @Override
    protected Set<Class<? extends Component>> views() {
        return Set.of(JoinView.class, ClassHomeView.class, view("org.closeread.quiz.ui.QuizView"));
    }

    private JoinView joinPage() {
        ui().navigate("join");
        return _get(JoinView.class);
    }

    private void join(String code, String name) {
        JoinView page = _get(JoinView.class);
        _setValue(page.codeField(), code);
        _setValue(page.nameField(), name);
        _click(_get(Button.class, spec -> spec.withId("join-button")));
    }

    private String location() {
        return ui().getInternals().getActiveViewLocation().getPath();
    }

    @Test
    void a_student_types_the_code_and_a_name_and_lands_in_the_quiz_as_that_student() {
        Classroom classroom = classWithQuiz("8B");
        joinPage();

        join(classroom.code().shown().toLowerCase(), "Amira K.");

        assertThat(location()).isEqualTo("lessons/" + SLUG + "/quiz");
        com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications(
                "Welcome to 8B. You joined as Amira K. Your answers now reach your teacher.");
        assertThat(_get(Span.class, spec -> spec.withId("question-position")).getText()).startsWith("Question 1 of");
        assertThat(_get(Span.class, spec -> spec.withId("resume-code")).getText()).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(admin.classroom("ada", classroom.id()).orElseThrow().members()).extracting(Member::name)
                .containsExactly("Amira K.");
    }

    @Test
    void a_student_joining_a_core_path_assignment_lands_in_the_core_quiz() {
        Classroom created = admin.create("ada", "8C");
        Classroom classroom = admin.assign("ada", created.id(), SLUG, AssignmentKind.QUIZ,
                org.closeread.lesson.LessonPath.CORE);
        joinPage();

        join(classroom.code().shown(), "Noor");

        assertThat(location()).isEqualTo("lessons/" + SLUG + "/quiz");
        assertThat(ui().getInternals().getActiveViewLocation().getQueryParameters().getParameters())
                .containsEntry("path", java.util.List.of("core"));
        assertThat(_get(Span.class, spec -> spec.withId("question-position")).getText()).startsWith("Question 1 of");
    }

    @Test
    void the_fields_are_labelled_class_code_and_your_name() {
        JoinView page = joinPage();

        assertThat(page.codeField().getLabel()).isEqualTo("Class code");
        assertThat(page.nameField().getLabel()).isEqualTo("Your name");
    }

    @Test
    void a_wrong_or_closed_code_gets_a_clear_message() {
        Classroom classroom = classWithQuiz("8C");
        admin.setOpen("ada", classroom.id(), false);
        JoinView page = joinPage();

        join(classroom.code().value(), "Sam");

        assertThat(page.codeField().isInvalid()).isTrue();
        assertThat(page.codeField().getErrorMessage()).isEqualTo("No open class has this code. Check it with your teacher and try again.");
        assertThat(location()).isEqualTo("join");
    }

    @Test
    void a_missing_name_is_asked_for() {
        Classroom classroom = classWithQuiz("8D");
        JoinView page = joinPage();

        join(classroom.code().value(), " ");

        assertThat(page.nameField().isInvalid()).isTrue();
        assertThat(page.nameField().getErrorMessage()).isEqualTo("Type your name as your teacher should see it (at most 40 characters).");
    }

    @Test
    void repeated_wrong_codes_say_how_long_to_wait() {
        JoinView page = joinPage();
        for (int i = 0; i < 5; i++) {
            join("ZZZ-ZZ" + (char) ('A' + i), "Sam");
        }

        assertThat(page.codeField().getErrorMessage()).isEqualTo("Too many attempts — try again in 30 seconds.");
    }

    @Test
    void a_returning_student_in_the_same_browser_continues_with_one_click() {
        Classroom classroom = classWithQuiz("8E");
        joinPage();
        join(classroom.code().value(), "Sam");

        joinPage();
        _click(_get(Button.class, spec -> spec.withText("Continue in 8E")));

        assertThat(location()).isEqualTo("lessons/" + SLUG + "/quiz");
        assertThat(admin.classroom("ada", classroom.id()).orElseThrow().members()).hasSize(1);
    }

    @Test
    void a_returning_student_in_another_browser_continues_with_the_resume_code() {
        Classroom classroom = classWithQuiz("8F");
        joinPage();
        join(classroom.code().value(), "Sam");
        String code = _get(Span.class, spec -> spec.withId("resume-code")).getText();

        MockVaadin.tearDown();
        setUpAgain();
        JoinView page = joinPage();
        _setValue(page.resumeField(), code);
        _click(_get(Button.class, spec -> spec.withText("Continue")));

        assertThat(location()).isEqualTo("lessons/" + SLUG + "/quiz");
        assertThat(_get(Span.class, spec -> spec.withId("resume-code")).getText()).isEqualTo(code);
    }

    @Test
    void with_nothing_open_yet_the_student_waits_on_the_class_page_and_sees_the_assignment_once_opened() {
        Classroom classroom = classWithQuiz("8G");
        long assignment = classroom.assignments().get(0).id();
        admin.setAssignmentOpen("ada", classroom.id(), assignment, false);
        joinPage();
        join(classroom.code().value(), "Sam");

        assertThat(location()).isEqualTo("class");
        assertThat(_get(ClassHomeView.class).getElement().getTextRecursively()).contains("Nothing to do yet");

        admin.setAssignmentOpen("ada", classroom.id(), assignment, true);
        ui().navigate("class");
        assertThat(_find(Anchor.class)).extracting(Anchor::getHref).contains("lessons/" + SLUG + "/quiz");
    }

    @Test
    void the_class_page_sends_a_stranger_to_join() {
        ui().navigate("class");

        assertThat(_get(ClassHomeView.class).getElement().getTextRecursively()).contains("You are not in a class yet");
    }
}
