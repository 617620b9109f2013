package org.closeread.authoring.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.login.LoginForm;
import java.util.Set;
import org.closeread.KaribuTest;
import org.closeread.security.ui.LoginView;
import org.junit.jupiter.api.Test;

class TeacherAccessTest extends KaribuTest {

    @Override
    protected Set<Class<? extends Component>> views() {
        return Set.of(TeacherHomeView.class, LoginView.class);
    }

    @Test
    void an_anonymous_visitor_gets_the_login_view_and_no_teacher_data() {
        ui().navigate("teacher");

        assertThat(_find(TeacherHomeView.class)).isEmpty();
        assertThat(_get(LoginForm.class)).isNotNull();
    }

    @Test
    void a_student_role_never_reaches_teacher_pages() {
        login("student", "STUDENT");
        ui().navigate("teacher");

        assertThat(_find(TeacherHomeView.class)).isEmpty();
    }

    @Test
    void a_teacher_sees_the_lessons_and_the_lesson_file_report() {
        login("ada", "TEACHER");
        ui().navigate("teacher");

        TeacherHomeView home = _get(TeacherHomeView.class);
        assertThat(home.getElement().getTextRecursively()).contains("Your lessons", "Lesson files");
    }
}
