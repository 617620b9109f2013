package org.closeread.quiz.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.closeread.ClientInput._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Set;
import org.closeread.CourseLessons;
import org.closeread.KaribuTest;
import org.closeread.base.ui.component.SkillBars;
import org.closeread.quiz.Participant;
import org.closeread.quiz.QuizService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The student's skill view: on /progress and on the results of each quiz. */
@SpringBootTest(properties = CourseLessons.PROPERTY)
class ProgressViewTest extends KaribuTest {

    @Autowired
    QuizService quizzes;

    @Override
    protected Set<Class<? extends Component>> views() {
        return Set.of(ProgressView.class, QuizView.class);
    }

    /** Each bar as its label and the value shown as text beside it. */
    private static List<String> bars() {
        SkillBars chart = _get(SkillBars.class);
        return _find(chart, ListItem.class).stream().map(item -> _find(item, Span.class).stream()
                .map(Span::getText).reduce((a, b) -> a + ": " + b).orElse("")).toList();
    }

    @Test
    void the_progress_page_shows_the_score_per_lens_over_all_lessons_with_numbers_as_text() {
        Participant student = quizzes.newParticipant(null);
        CourseLessons.takeSecondQuiz(quizzes, student, CourseLessons.SECOND, false);
        CourseLessons.takeSecondQuiz(quizzes, student, CourseLessons.EXTRA, true);
        StudentSession.set(student);

        ui().navigate("progress");

        assertThat(bars()).containsExactly("Quotes: 75% of 4 questions", "Sourcing: 100% of 2 questions");
        assertThat(_get(SkillBars.class).getElement().getTextRecursively())
                .contains("Your score per lens over 2 lessons");
        NativeTable table = _get(NativeTable.class, spec -> spec.withId("skill-lessons"));
        String text = table.getElement().getTextRecursively();
        assertThat(text).contains("A second lesson", "75%", "50%", "An extra lesson", "100%", "—");
        assertThat(_get(Span.class, spec -> spec.withId("resume-code")).getText()).isEqualTo(student.shownCode());
    }

    @Test
    void another_browser_sees_nothing_until_it_types_the_resume_code() {
        Participant student = quizzes.newParticipant(null);
        CourseLessons.takeSecondQuiz(quizzes, student, CourseLessons.SECOND, true);

        ui().navigate("progress");
        assertThat(_get(Paragraph.class, spec -> spec.withId("skills-none")).getText())
                .startsWith("No finished quiz yet");
        assertThat(_find(SkillBars.class)).isEmpty();

        ResumeForm form = _get(ResumeForm.class);
        _setValue(form.codeField(), student.shownCode().toLowerCase());
        _click(form.resumeButton());

        assertThat(bars()).containsExactly("Quotes: 100% of 2 questions", "Sourcing: 100% of 1 question");
        assertThat(StudentSession.participant()).contains(student);
    }

    @Test
    void a_wrong_resume_code_gets_a_clear_message() {
        ui().navigate("progress");

        ResumeForm form = _get(ResumeForm.class);
        _setValue(form.codeField(), "AAAA-AAAA");
        _click(form.resumeButton());

        assertThat(form.codeField().isInvalid()).isTrue();
        assertThat(form.codeField().getErrorMessage()).isEqualTo(ResumeForm.WRONG_CODE);
    }

    @Test
    void the_results_of_a_quiz_show_the_skills_so_far_with_a_link_to_the_progress_page() {
        Participant student = quizzes.newParticipant(null);
        CourseLessons.takeSecondQuiz(quizzes, student, CourseLessons.EXTRA, true);
        CourseLessons.takeSecondQuiz(quizzes, student, CourseLessons.SECOND, false);
        StudentSession.set(student);

        ui().navigate("lessons/" + CourseLessons.SECOND + "/quiz");

        assertThat(_get(QuizView.class).getElement().getTextRecursively()).contains("Your score: 75%",
                "Your skills so far");
        assertThat(bars()).containsExactly("Quotes: 75% of 4 questions", "Sourcing: 100% of 2 questions");
        assertThat(_get(Anchor.class, spec -> spec.withId("skills-link")).getHref()).isEqualTo("progress");
    }
}
