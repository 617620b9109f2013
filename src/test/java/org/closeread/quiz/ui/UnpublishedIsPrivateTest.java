package org.closeread.quiz.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.closeread.KaribuTest;
import org.closeread.lesson.LessonFile;
import org.closeread.lesson.LessonFileReader;
import org.closeread.lesson.LessonPart;
import org.closeread.lesson.LessonService;
import org.closeread.quiz.Participant;
import org.closeread.quiz.QuizService;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * An unpublished lesson, its quiz, its article's text and annotations, and an article's older versions
 * answer every public route and API exactly as an unknown slug does. Each test unpublishes its copy of
 * the first lesson at the end, so other tests' library shows only the first lesson.
 */
class UnpublishedIsPrivateTest extends KaribuTest {

    private static final String FIRST = "china-russia-defence-ministers";

    @Override
    @SuppressWarnings("unchecked")
    protected Set<Class<? extends Component>> views() {
        try {
            return Set.of(QuizView.class,
                    (Class<? extends Component>) Class.forName("org.closeread.lesson.ui.LessonView"));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of("lessons", FIRST, file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private LessonFile copy(String slug, String articleText) throws Exception {
        List<LessonPart> parts = List.copyOf(context.getBeansOfType(LessonPart.class).values());
        return new LessonFileReader(parts).read(slug, articleText,
                read("lesson.yaml").replace("slug: " + FIRST, "slug: " + slug));
    }

    private MockMvc api() {
        return MockMvcBuilders.webAppContextSetup((WebApplicationContext) context).build();
    }

    private MockHttpServletResponse call(String path) throws Exception {
        return api().perform(get(path)).andReturn().getResponse();
    }

    /** The status and body of a request, with the slug taken out: what an unknown slug answers, too. */
    private String answer(String path, String slug) throws Exception {
        MockHttpServletResponse response = call(path);
        return response.getStatus() + " " + response.getContentAsString().replace(slug, "SLUG");
    }

    private String pageHeading(String route) {
        UI.getCurrent().navigate(route);
        return _get(H1.class).getText();
    }

    @Test
    void every_public_route_and_api_of_an_unpublished_lesson_answers_as_an_unknown_slug() throws Exception {
        LessonService lessons = context.getBean(LessonService.class);
        String slug = "private-until-published";
        lessons.publish(copy(slug, read("article.txt")));
        String article = lessons.reading(slug).orElseThrow().article().slug();
        assertThat(call("/api/articles/" + article + "/text").getStatus()).as("published: public").isEqualTo(200);
        assertThat(call("/api/articles").getContentAsString()).contains("\"" + article + "\"");
        assertThat(pageHeading("lessons/" + slug + "/quiz")).isNotEqualTo("Quiz not found");

        lessons.unpublish(slug);

        String unknown = "no-such-lesson-at-all";
        for (String path : List.of("/api/articles/%s/text", "/api/articles/%s/annotations", "/api/lessons/%s")) {
            assertThat(answer(path.formatted(article), article)).as(path).startsWith("404 ")
                    .isEqualTo(answer(path.formatted(unknown), unknown));
        }
        assertThat(call("/api/articles").getContentAsString()).doesNotContain("\"" + article + "\"");
        assertThat(pageHeading("lessons/" + slug)).isEqualTo("Lesson not found")
                .isEqualTo(pageHeading("lessons/" + unknown));
        assertThat(pageHeading("lessons/" + slug + "/quiz")).isEqualTo("Quiz not found")
                .isEqualTo(pageHeading("lessons/" + unknown + "/quiz"));
        QuizService quizzes = context.getBean(QuizService.class);
        assertThat(quizzes.quiz(slug)).isEmpty();
        assertThat(quizzes.exercises(slug, "quotes")).isEmpty();

        lessons.publish(copy(slug, read("article.txt")));
        assertThat(call("/api/articles/" + article + "/text").getStatus()).as("published again").isEqualTo(200);
        lessons.unpublish(slug);
    }

    @Test
    void only_the_current_version_of_an_article_is_listed_and_an_older_one_stays_inside_its_attempts()
            throws Exception {
        LessonService lessons = context.getBean(LessonService.class);
        QuizService quizzes = context.getBean(QuizService.class);
        String slug = "versions-stay-private";
        lessons.publish(copy(slug, read("article.txt")));
        String first = lessons.reading(slug).orElseThrow().article().slug();
        Participant student = quizzes.newParticipant(null);
        long quizId = quizzes.attempt(student, slug, "quiz").orElseThrow().quiz().id();

        lessons.publish(copy(slug, read("article.txt").stripTrailing() + "\n\n[furniture]\nA line only the second version has.\n"));
        String second = lessons.reading(slug).orElseThrow().article().slug();

        assertThat(second).isNotEqualTo(first);
        String list = call("/api/articles").getContentAsString();
        assertThat(list).contains("\"" + second + "\"").doesNotContain("\"" + first + "\"");
        assertThat(call("/api/articles/" + first + "/text").getStatus()).isEqualTo(404);
        assertThat(call("/api/articles/" + second + "/text").getStatus()).isEqualTo(200);
        assertThat(quizzes.lesson(slug, quizId).orElseThrow().article().slug())
                .as("the attempt still shows the text it was taken on").isEqualTo(first);
        // Copies of the first lesson would stand beside it in other tests' library.
        lessons.unpublish(slug);
    }
}
