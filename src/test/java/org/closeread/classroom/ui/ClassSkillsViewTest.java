package org.closeread.classroom.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;
import java.util.Set;
import org.closeread.CourseLessons;
import org.closeread.classroom.Assignment;
import org.closeread.classroom.AssignmentKind;
import org.closeread.classroom.Classroom;
import org.closeread.quiz.Participant;
import org.closeread.quiz.QuizService;
import org.closeread.quiz.TrueFalseAnswer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Assigning the whole course in one go, and a class's scores per lens across its lessons. */
@SpringBootTest(properties = CourseLessons.PROPERTY)
class ClassSkillsViewTest extends ClassroomKaribuTest {

    @Autowired
    QuizService quizzes;

    @Override
    protected Set<Class<? extends Component>> views() {
        return Set.of(ClassView.class, ClassSkillsView.class, ResultsView.class);
    }

    private static List<String> row(NativeTable table, String student) {
        NativeTableRow row = _find(table, NativeTableRow.class).stream()
                .filter(r -> r.getElement().getChild(0).getTextRecursively().equals(student)).findFirst().orElseThrow();
        return row.getElement().getChildren().map(e -> e.getTextRecursively()).toList();
    }

    private static NativeTable lensTable(String lens) {
        return _find(NativeTable.class).stream().filter(t -> lens.equals(t.getElement().getAttribute("data-lens")))
                .findFirst().orElseThrow();
    }

    @Test
    void a_teacher_assigns_the_whole_course_in_one_action_in_course_order() {
        login("ada", "TEACHER");
        Classroom classroom = admin.create("ada", "10C");
        ui().navigate(ClassView.path(classroom.id()));

        assertThat(_get(ClassView.class).getElement().getTextRecursively()).contains("A test course", "2 lessons");
        _click(_get(Button.class, spec -> spec.withId("assign-course")));

        Classroom shown = _get(ClassView.class).classroom();
        assertThat(shown.assignments()).extracting(Assignment::lessonSlug)
                .containsExactly(CourseLessons.FIRST, CourseLessons.SECOND);
        assertThat(shown.assignments()).extracting(Assignment::kind).containsOnly(AssignmentKind.LESSON);
        assertThat(shown.assignments()).allMatch(Assignment::open);
        assertThat(_get(Anchor.class, spec -> spec.withId("class-skills-link")).getHref())
                .isEqualTo(ClassSkillsView.path(classroom.id()));
    }

    @Test
    void the_scores_per_lens_show_each_student_lesson_by_lesson_and_over_all() {
        login("ada", "TEACHER");
        Classroom classroom = admin.create("ada", "10D");
        classroom = admin.assignCourse("ada", classroom.id(), AssignmentKind.QUIZ);
        classroom = admin.assign("ada", classroom.id(), CourseLessons.EXTRA, AssignmentKind.QUIZ);
        Participant ada = joinElsewhere(classroom, "Ada");
        Participant bo = joinElsewhere(classroom, "Bo");
        joinElsewhere(classroom, "Cy");
        CourseLessons.takeSecondQuiz(quizzes, ada, CourseLessons.SECOND, false);
        CourseLessons.takeSecondQuiz(quizzes, ada, CourseLessons.EXTRA, true);
        var open = quizzes.start(bo, CourseLessons.SECOND, "quiz").orElseThrow();
        quizzes.answer(bo, open.id(), "q-figures", new TrueFalseAnswer(true));

        ui().navigate(ClassSkillsView.path(classroom.id()));

        NativeTable quotes = lensTable("quote");
        assertThat(quotes.getCaptionText()).isEqualTo("Quotes: score per lesson");
        assertThat(row(quotes, "Student")).containsExactly("Student", "Who speaks, and through whom?",
                "A second lesson", "An extra lesson", "All lessons");
        assertThat(row(quotes, "Ada")).containsExactly("Ada", "—", "50% (2 questions)", "100% (2 questions)",
                "75% (4 questions)");
        assertThat(row(quotes, "Bo")).containsExactly("Bo", "—", "—", "—", "—");
        assertThat(row(quotes, "Cy")).containsExactly("Cy", "—", "—", "—", "—");
        NativeTable sourcing = lensTable("source");
        assertThat(row(sourcing, "Bo")).containsExactly("Bo", "—", "0% (1 question)", "—", "0% (1 question)");
        assertThat(row(sourcing, "Ada")).containsExactly("Ada", "—", "100% (1 question)", "100% (1 question)",
                "100% (2 questions)");
        assertThat(_find(NativeTable.class)).hasSize(2);

        // The results page of one lesson shows the same students over all lessons, lens by lens.
        ui().navigate(ResultsView.path(classroom.id(), classroom.assignments().get(1).id()));
        NativeTable summary = _get(NativeTable.class, spec -> spec.withId("results-lenses"));
        assertThat(summary.getCaptionText()).isEqualTo("Each student’s score per lens over the class’s 3 lessons");
        assertThat(row(summary, "Student")).containsExactly("Student", "Quotes", "Sourcing");
        assertThat(row(summary, "Ada")).containsExactly("Ada", "75% (4 questions)", "100% (2 questions)");
        assertThat(row(summary, "Bo")).containsExactly("Bo", "—", "0% (1 question)");
    }

    @Test
    void the_results_page_links_to_the_scores_per_lens_and_another_teacher_finds_nothing() {
        Classroom classroom = admin.assignCourse("ada", admin.create("ada", "10E").id(), AssignmentKind.QUIZ);
        login("ada", "TEACHER");
        ui().navigate(ResultsView.path(classroom.id(), classroom.assignments().get(1).id()));
        Anchor link = _get(Anchor.class, spec -> spec.withId("results-skills-link"));
        assertThat(link.getHref()).isEqualTo(ClassSkillsView.path(classroom.id()));

        ui().navigate(link.getHref());
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("skills-none")).getText())
                .isEqualTo("No student of this class has answered a quiz yet.");

        setUpAgain();
        login("grace", "TEACHER");
        ui().navigate(ClassSkillsView.path(classroom.id()));
        assertThat(_get(H1.class).getText()).isEqualTo("Class not found");
        assertThat(_get(ClassSkillsView.class).skills()).isNull();
    }
}
