package org.closeread.classroom.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.closeread.ClientInput._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Set;
import org.closeread.classroom.Classroom;
import org.closeread.classroom.Member;
import org.closeread.lesson.LessonCard;
import org.closeread.security.ui.LoginView;
import org.junit.jupiter.api.Test;

class ClassPagesTest extends ClassroomKaribuTest {

    @Override
    protected Set<Class<? extends Component>> views() {
        return Set.of(ClassListView.class, ClassView.class, DashboardView.class, ResultsView.class, LoginView.class);
    }

    private String location() {
        return ui().getInternals().getActiveViewLocation().getPath();
    }

    @Test
    void a_teacher_creates_a_class_and_gets_its_join_code() {
        login("ada", "TEACHER");
        ui().navigate("teacher/classes");

        _setValue(_get(ClassListView.class).nameField(), "9A Media");
        _click(_get(Button.class, spec -> spec.withId("create-class")));

        ClassView page = _get(ClassView.class);
        assertThat(page.classroom().name()).isEqualTo("9A Media");
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("class-code")).getText())
                .matches("[A-Z2-9]{3}-[A-Z2-9]{3}");
        assertThat(location()).isEqualTo("teacher/classes/" + page.classroom().id());
    }

    @Test
    void a_class_needs_a_name() {
        login("ada", "TEACHER");
        ui().navigate("teacher/classes");

        _click(_get(Button.class, spec -> spec.withId("create-class")));

        assertThat(_get(ClassListView.class).nameField().isInvalid()).isTrue();
        assertThat(location()).isEqualTo("teacher/classes");
    }

    @Test
    void a_teacher_assigns_a_lesson_closes_and_reopens_the_class() {
        login("ada", "TEACHER");
        Classroom classroom = admin.create("ada", "9B");
        ui().navigate(ClassView.path(classroom.id()));

        @SuppressWarnings("unchecked")
        Select<LessonCard> lesson = _get(Select.class, spec -> spec.withId("assign-lesson"));
        _setValue(lesson, admin.lessons().stream().filter(c -> c.slug().equals(SLUG)).findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.radiobutton.RadioButtonGroup<org.closeread.lesson.LessonPath> path =
                _get(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class, spec -> spec.withId("assign-path"));
        assertThat(path.isVisible()).as("a lesson with two paths offers the choice").isTrue();
        assertThat(path.getItemLabelGenerator().apply(org.closeread.lesson.LessonPath.CORE)).startsWith("Core, about");
        _click(_get(Button.class, spec -> spec.withId("assign-button")));
        _click(_get(Button.class, spec -> spec.withId("toggle-class")));

        Classroom shown = _get(ClassView.class).classroom();
        assertThat(shown.assignments()).extracting(a -> a.lessonSlug()).containsExactly(SLUG);
        assertThat(shown.assignments()).extracting(a -> a.lessonPath())
                .containsExactly(org.closeread.lesson.LessonPath.CORE);
        assertThat(shown.open()).isFalse();
        assertThat(_get(ClassView.class).getElement().getTextRecursively()).contains("Closed: nobody can join");

        _click(_get(Button.class, spec -> spec.withId("toggle-class")));
        assertThat(_get(ClassView.class).classroom().open()).isTrue();
    }

    @Test
    void deleting_a_students_data_asks_first() {
        login("ada", "TEACHER");
        Classroom classroom = classWithQuiz("9C");
        joinElsewhere(classroom, "Sam");
        joinElsewhere(classroom, "Ali");
        ui().navigate(ClassView.path(classroom.id()));

        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Delete Sam’s name and answers")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(_get(ClassView.class).classroom().members()).extracting(Member::name).containsExactly("Ali");
        assertThat(admin.classroom("ada", classroom.id()).orElseThrow().members()).hasSize(1);
    }

    @Test
    void deleting_a_class_asks_first_and_removes_everything() {
        login("ada", "TEACHER");
        Classroom classroom = classWithQuiz("9D");
        joinElsewhere(classroom, "Sam");
        ui().navigate(ClassView.path(classroom.id()));

        _click(_get(Button.class, spec -> spec.withId("delete-class")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(admin.classroom("ada", classroom.id())).as("nothing happens before confirming").isPresent();
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(admin.classroom("ada", classroom.id())).isEmpty();
        assertThat(location()).isEqualTo("teacher/classes");
    }

    @Test
    void the_retention_setting_is_kept_per_class() {
        login("ada", "TEACHER");
        Classroom classroom = classWithQuiz("9E");
        ui().navigate(ClassView.path(classroom.id()));

        _setValue(_get(IntegerField.class, spec -> spec.withId("retention-days")), 30);
        _click(_get(Button.class, spec -> spec.withId("save-retention")));

        assertThat(admin.classroom("ada", classroom.id()).orElseThrow().retentionDays()).contains(30);
        _setValue(_get(IntegerField.class, spec -> spec.withId("retention-days")), 0);
        _click(_get(Button.class, spec -> spec.withId("save-retention")));
        assertThat(_get(IntegerField.class, spec -> spec.withId("retention-days")).isInvalid()).isTrue();
        assertThat(admin.classroom("ada", classroom.id()).orElseThrow().retentionDays()).contains(30);
    }

    @Test
    void anonymous_visitors_and_students_never_reach_class_pages() {
        Classroom classroom = classWithQuiz("9F");
        long assignment = classroom.assignments().get(0).id();
        for (String path : new String[] {"teacher/classes", ClassView.path(classroom.id()),
                DashboardView.path(classroom.id(), assignment), ResultsView.path(classroom.id(), assignment)}) {
            ui().navigate(path);
            assertThat(_find(LoginForm.class)).as(path).hasSize(1);
            assertThat(_find(ClassView.class)).isEmpty();
            assertThat(_find(DashboardView.class)).isEmpty();
            assertThat(_find(ResultsView.class)).isEmpty();
        }
        login("student", "STUDENT");
        ui().navigate(DashboardView.path(classroom.id(), assignment));
        assertThat(_find(DashboardView.class)).isEmpty();
    }

    @Test
    void another_teacher_sees_nothing_of_a_class() {
        Classroom classroom = classWithQuiz("9G");
        joinElsewhere(classroom, "Sam");
        long assignment = classroom.assignments().get(0).id();
        login("grace", "TEACHER");

        ui().navigate("teacher/classes");
        assertThat(_get(ClassListView.class).table().rows()).extracting(Classroom::id).doesNotContain(classroom.id());
        ui().navigate(ClassView.path(classroom.id()));
        assertThat(_get(H1.class).getText()).isEqualTo("Class not found");
        ui().navigate(DashboardView.path(classroom.id(), assignment));
        assertThat(_get(H1.class).getText()).isEqualTo("Dashboard not found");
        ui().navigate(ResultsView.path(classroom.id(), assignment));
        assertThat(_get(H1.class).getText()).isEqualTo("Results not found");
        assertThat(ui().getElement().getTextRecursively()).doesNotContain("Sam").doesNotContain(classroom.code().shown());
    }
}
