package org.closeread.authoring.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.login.LoginForm;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.closeread.KaribuTest;
import org.closeread.security.ui.LoginView;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every teacher page is refused to anonymous visitors (they get the login) and to any other role. */
class TeacherRoutesTest extends KaribuTest {

    private static final String SLUG = "china-russia-defence-ministers";

    /** Each teacher route, with the view it shows; the preview views live with the views they reuse. */
    static Map<String, Class<? extends Component>> routes() {
        Map<String, Class<? extends Component>> routes = new LinkedHashMap<>();
        routes.put("teacher", TeacherHomeView.class);
        routes.put("teacher/new", NewLessonView.class);
        routes.put("teacher/import", ImportView.class);
        routes.put("teacher/lessons/" + SLUG + "/article", ArticleEditorView.class);
        routes.put("teacher/lessons/" + SLUG + "/annotations", AnnotationEditorView.class);
        routes.put("teacher/lessons/" + SLUG + "/steps", StepsEditorView.class);
        routes.put("teacher/lessons/" + SLUG + "/questions", QuestionsEditorView.class);
        routes.put("teacher/lessons/" + SLUG + "/publish", PublishView.class);
        routes.put("teacher/preview/" + SLUG, view("org.closeread.lesson.ui.LessonPreviewView"));
        routes.put("teacher/preview/" + SLUG + "/quiz", view("org.closeread.quiz.ui.QuizPreviewView"));
        return routes;
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Component> view(String name) {
        try {
            return (Class<? extends Component>) Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    static Set<String> paths() {
        return routes().keySet();
    }

    @Override
    protected Set<Class<? extends Component>> views() {
        Set<Class<? extends Component>> views = routes().values().stream().collect(Collectors.toSet());
        views.add(LoginView.class);
        return views;
    }

    @ParameterizedTest
    @MethodSource("paths")
    void an_anonymous_visitor_gets_the_login_instead(String path) {
        ui().navigate(path);

        assertThat(_find(routes().get(path))).isEmpty();
        assertThat(_get(LoginForm.class)).isNotNull();
    }

    @ParameterizedTest
    @MethodSource("paths")
    void a_student_never_reaches_it(String path) {
        login("sam", "STUDENT");
        ui().navigate(path);

        assertThat(_find(routes().get(path))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("paths")
    void a_teacher_does(String path) {
        login("ada", "TEACHER");
        ui().navigate(path);

        assertThat(_find(routes().get(path))).hasSize(1);
    }
}
