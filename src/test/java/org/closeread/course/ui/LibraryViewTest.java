package org.closeread.course.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.OrderedList;
import java.util.List;
import java.util.Set;
import org.closeread.CourseLessons;
import org.closeread.KaribuTest;
import org.closeread.quiz.CurrentParticipant;
import org.closeread.quiz.Participant;
import org.closeread.quiz.QuizService;
import org.closeread.quiz.TrueFalseAnswer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The library with the test course: the course in order, the others below, a student's progress. */
@SpringBootTest(properties = CourseLessons.PROPERTY)
class LibraryViewTest extends KaribuTest {

    @Autowired
    QuizService quizzes;

    @Autowired
    CurrentParticipant session;

    @Override
    protected Set<Class<? extends Component>> views() {
        return Set.of(LibraryView.class);
    }

    private static Div card(String slug) {
        return _find(Div.class, spec -> spec.withClasses("lesson-card")).stream()
                .filter(d -> slug.equals(d.getElement().getAttribute("data-slug"))).findFirst().orElseThrow();
    }

    private static String status(String slug) {
        return _find(card(slug), com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withClasses("card-progress")).getFirst().getText();
    }

    @Test
    void the_course_is_a_numbered_sequence_without_missing_lessons_and_other_lessons_follow() {
        ui().navigate("");

        assertThat(_get(H2.class, spec -> spec.withId("course-title")).getText()).isEqualTo("A test course");
        OrderedList sequence = _get(OrderedList.class, spec -> spec.withClasses("course-lessons"));
        List<String> inOrder = _find(sequence, Div.class, spec -> spec.withClasses("lesson-card")).stream()
                .map(d -> d.getElement().getAttribute("data-slug")).toList();
        assertThat(inOrder).containsExactly(CourseLessons.FIRST, CourseLessons.SECOND);
        assertThat(card(CourseLessons.FIRST).getElement().getTextRecursively()).contains("Lesson 1",
                "Who speaks, and through whom?", "minutes", "Not started");
        // The skills the lesson file names; a lesson naming none shows its lenses instead.
        Div second = card(CourseLessons.SECOND);
        assertThat(second.getElement().getTextRecursively()).contains("Lesson 2", "A second lesson", "15 minutes",
                "Skills it trains", "Say who is quoted, and through whom", "Ask where figures come from");
        assertThat(_find(second, com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("lens-chip")))
                .isEmpty();
        assertThat(_find(card(CourseLessons.EXTRA), com.vaadin.flow.component.html.Span.class,
                spec -> spec.withClasses("lens-chip"))).extracting(c -> c.getText()).containsExactly("Quotes", "Sourcing");
        assertThat(_get(Anchor.class, spec -> spec.withText("A second lesson")).getHref())
                .isEqualTo("lessons/course-second");
        // Outside the course, below it and unnumbered; the slug without a lesson is simply not there.
        assertThat(_get(H2.class, spec -> spec.withClasses("more-lessons")).getText()).isEqualTo("More lessons");
        assertThat(card(CourseLessons.EXTRA).getElement().getTextRecursively()).doesNotContain("Lesson ");
        assertThat(_find(Div.class, spec -> spec.withClasses("lesson-card"))).extracting(
                d -> d.getElement().getAttribute("data-slug")).contains(CourseLessons.EXTRA).doesNotHaveDuplicates()
                .doesNotContain("not-written-yet");
        assertThat(_get(LibraryView.class).getElement().getTextRecursively()).contains("2 lessons");
    }

    @Test
    void one_student_carries_over_between_lessons_and_each_card_shows_how_far_they_are() {
        Participant student = quizzes.newParticipant(null);
        session.use(student);
        // Practice in the second lesson: reading. The extra lesson's quiz finished: done with its score.
        var practice = quizzes.attempt(student, CourseLessons.SECOND, "step:quotes").orElseThrow();
        quizzes.answer(student, practice.id(), "ex-speaker", new TrueFalseAnswer(true));
        CourseLessons.takeSecondQuiz(quizzes, student, CourseLessons.EXTRA, false);

        ui().navigate("");

        assertThat(status(CourseLessons.FIRST)).isEqualTo("Not started");
        assertThat(status(CourseLessons.SECOND)).isEqualTo("Reading");
        assertThat(status(CourseLessons.EXTRA)).isEqualTo("Quiz done: 75%");
        assertThat(_get(Anchor.class, spec -> spec.withClasses("progress-link")).getHref()).isEqualTo("progress");

        // The same participant takes the second lesson's quiz: the library says so, the extra lesson unchanged.
        CourseLessons.takeSecondQuiz(quizzes, student, CourseLessons.SECOND, true);
        ui().navigate("");
        assertThat(status(CourseLessons.SECOND)).isEqualTo("Quiz done: 100%");
        assertThat(status(CourseLessons.EXTRA)).isEqualTo("Quiz done: 75%");
    }

    @Test
    void a_new_browser_sees_every_lesson_not_started_and_no_link_to_skills() {
        ui().navigate("");

        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withClasses("card-progress")))
                .extracting(p -> p.getText()).containsOnly("Not started");
        assertThat(_find(Anchor.class, spec -> spec.withClasses("progress-link"))).isEmpty();
    }

    @Test
    void the_library_card_shows_the_objectives_and_both_paths_minutes() {
        ui().navigate("");

        String card = card(CourseLessons.FIRST).getElement().getTextRecursively();
        assertThat(card).contains("Find out for yourself who owns an outlet").contains("core path")
                .contains("full path");
    }
}
