package org.closeread.lti.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import java.util.Set;
import org.closeread.KaribuTest;
import org.closeread.lti.Handover;
import org.closeread.lti.LtiService;
import org.closeread.quiz.CurrentParticipant;
import org.closeread.quiz.Participant;
import org.closeread.quiz.QuizService;
import org.closeread.security.TeacherAccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LtiViewsTest extends KaribuTest {

    @Autowired
    LtiService lti;
    @Autowired
    QuizService quizzes;
    @Autowired
    CurrentParticipant current;
    @Autowired
    TeacherAccountService teachers;

    @Override
    @SuppressWarnings("unchecked")
    protected Set<Class<? extends Component>> views() {
        try {
            return Set.of(LtiPlatformsView.class, LtiWelcomeView.class,
                    (Class<? extends Component>) Class.forName("org.closeread.quiz.ui.QuizView"));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_teacher_sees_the_tool_values_and_registers_a_platform() {
        if (!teachers.exists("lti-view-teacher")) {
            teachers.create("lti-view-teacher", "Teacher", "correct horse battery staple");
        }
        login("lti-view-teacher", TeacherAccountService.TEACHER_ROLE);
        ui().navigate("teacher/lti");
        assertThat(_find(Code.class)).extracting(Code::getText).anySatisfy(t -> assertThat(t).endsWith("/lti/login"))
                .anySatisfy(t -> assertThat(t).endsWith("/lti/launch"))
                .anySatisfy(t -> assertThat(t).endsWith("/lti/jwks"));

        _click(_get(Button.class, spec -> spec.withId("lti-register")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("lti-error")).getText())
                .isEqualTo("Type the platform ID (issuer) the LMS shows.");

        _get(TextField.class, spec -> spec.withId("lti-issuer")).setValue("https://moodle.view.example");
        _get(TextField.class, spec -> spec.withId("lti-client-id")).setValue("abc123");
        _get(TextArea.class, spec -> spec.withId("lti-deployments")).setValue("1, 2");
        _get(TextField.class, spec -> spec.withId("lti-jwks")).setValue("https://moodle.view.example/mod/lti/certs.php");
        _get(TextField.class, spec -> spec.withId("lti-auth")).setValue("https://moodle.view.example/mod/lti/auth.php");
        _get(TextField.class, spec -> spec.withId("lti-token")).setValue("ftp://wrong");
        _click(_get(Button.class, spec -> spec.withId("lti-register")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("lti-error")).getText())
                .isEqualTo("The access token URL must be a full http or https address.");
        assertThat(lti.platforms("lti-view-teacher")).isEmpty();

        _get(TextField.class, spec -> spec.withId("lti-token")).setValue("https://moodle.view.example/mod/lti/token.php");
        _click(_get(Button.class, spec -> spec.withId("lti-register")));
        assertThat(lti.platforms("lti-view-teacher")).singleElement()
                .satisfies(p -> assertThat(p.deploymentIds()).containsExactly("1", "2"));
        assertThat(LocatorJ._find(com.vaadin.flow.component.html.Span.class)).extracting(s -> s.getText())
                .contains("https://moodle.view.example, client ID abc123, deployments 1, 2");
    }

    @Test
    void the_landing_page_hands_the_student_over_once_and_goes_on() {
        Participant student = quizzes.newParticipant("From the LMS");
        VaadinSession.getCurrent().getSession().setAttribute(Handover.SESSION_ATTRIBUTE,
                new Handover(student, "lessons/china-russia-defence-ministers/quiz"));
        ui().navigate("lti/welcome");
        assertThat(current.get()).contains(student);
        assertThat(ui().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("lessons/china-russia-defence-ministers/quiz");

        ui().navigate("lti/welcome");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains(
                "This page opens when you follow a CloseRead link in your learning platform. Go back to your course"
                        + " and open the link again.");
    }
}
