package org.closeread.classroom.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.closeread.ClientInput;
import org.closeread.article.TextSpan;
import org.closeread.classroom.Classroom;
import org.closeread.classroom.StudentProgress;
import org.closeread.quiz.AttemptView;
import org.closeread.quiz.HighlightAnswer;
import org.closeread.quiz.Participant;
import org.closeread.quiz.PromptView;
import org.closeread.quiz.QuestionType;
import org.closeread.quiz.QuizService;
import org.closeread.quiz.TrueFalseAnswer;
import org.closeread.quiz.WrittenAnswer;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;

class DashboardViewTest extends ClassroomKaribuTest {

    @Autowired
    QuizService quizzes;

    @Override
    protected Set<Class<? extends Component>> views() {
        return Set.of(DashboardView.class, ResultsView.class);
    }

    private DashboardView openDashboard(Classroom classroom) {
        login("ada", "TEACHER");
        ui().navigate(DashboardView.path(classroom.id(), classroom.assignments().get(0).id()));
        return _get(DashboardView.class);
    }

    private StudentProgress row(DashboardView dashboard, String name) {
        return dashboard.studentTable().rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    /** Runs what other threads queued for this UI (the pushes) until the condition holds, for up to 5 s. */
    private static void awaitPush(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 100 && !condition.getAsBoolean(); i++) {
            Thread.sleep(50);
            MockVaadin.runUIQueue();
        }
        assertThat(condition.getAsBoolean()).as("the dashboard was updated without reloading").isTrue();
    }

    private PromptView first(AttemptView attempt, QuestionType type) {
        return attempt.quiz().questions().stream().filter(q -> q.type() == type).findFirst().orElseThrow();
    }

    @Test
    void a_student_answering_elsewhere_shows_up_on_the_open_dashboard_without_reloading() throws Exception {
        Classroom classroom = classWithQuiz("10A");
        Participant sam = joinElsewhere(classroom, "Sam");
        DashboardView dashboard = openDashboard(classroom);
        assertThat(DashboardView.nowAt(row(dashboard, "Sam"))).isEqualTo("Not started");

        AttemptView attempt = quizzes.attempt(sam, SLUG, "quiz").orElseThrow();
        quizzes.answer(sam, attempt.id(), first(attempt, QuestionType.TRUE_FALSE).id(), new TrueFalseAnswer(false));

        awaitPush(() -> row(dashboard, "Sam").answered() == 1);
        assertThat(DashboardView.nowAt(row(dashboard, "Sam"))).startsWith("Question ");
        assertThat(row(dashboard, "Sam").lastActivity()).isPresent();
        assertThat(dashboard.getElement().getTextRecursively()).contains("1 of " + attempt.quiz().questions().size());
    }

    @Test
    void an_answer_changes_only_the_words_of_that_students_row_in_place() throws Exception {
        Classroom classroom = classWithQuiz("10D");
        Participant sam = joinElsewhere(classroom, "Sam");
        joinElsewhere(classroom, "Zoe");
        DashboardView dashboard = openDashboard(classroom);
        com.vaadin.flow.dom.Element body = dashboard.studentTable().getBody().getElement();
        com.vaadin.flow.dom.Element samRow = body.getChildren()
                .filter(r -> r.getTextRecursively().contains("Sam")).findFirst().orElseThrow();
        com.vaadin.flow.dom.Element zoeRow = body.getChildren()
                .filter(r -> r.getTextRecursively().contains("Zoe")).findFirst().orElseThrow();

        AttemptView attempt = quizzes.attempt(sam, SLUG, "quiz").orElseThrow();
        quizzes.answer(sam, attempt.id(), first(attempt, QuestionType.TRUE_FALSE).id(), new TrueFalseAnswer(false));
        awaitPush(() -> row(dashboard, "Sam").answered() == 1);

        assertThat(body.getChildren().filter(r -> r.getTextRecursively().contains("Sam")).findFirst().orElseThrow()
                .getNode()).as("the same row, its words changed").isSameAs(samRow.getNode());
        assertThat(samRow.getTextRecursively()).contains("1 of " + attempt.quiz().questions().size());
        assertThat(body.getChildren().filter(r -> r.getTextRecursively().contains("Zoe")).findFirst().orElseThrow()
                .getNode()).isSameAs(zoeRow.getNode());
    }

    @Test
    void a_student_joining_appears_and_the_dashboard_is_rebuilt_from_the_database_when_opened() throws Exception {
        Classroom classroom = classWithQuiz("10B");
        Participant ali = joinElsewhere(classroom, "Ali");
        AttemptView attempt = quizzes.attempt(ali, SLUG, "quiz").orElseThrow();
        quizzes.answer(ali, attempt.id(), first(attempt, QuestionType.TRUE_FALSE).id(), new TrueFalseAnswer(true));

        DashboardView dashboard = openDashboard(classroom);
        assertThat(row(dashboard, "Ali").answered()).as("answered before the dashboard opened").isEqualTo(1);

        joinElsewhere(classroom, "Ben");
        awaitPush(() -> dashboard.studentTable().rows().size() == 2);
    }

    @Test
    void highlight_questions_get_a_heat_map_of_the_words_students_marked() throws Exception {
        Classroom classroom = classWithQuiz("10C");
        Participant sam = joinElsewhere(classroom, "Sam");
        AttemptView attempt = quizzes.attempt(sam, SLUG, "quiz").orElseThrow();
        PromptView highlight = first(attempt, QuestionType.HIGHLIGHT);
        String text = quizzes.lesson(SLUG).orElseThrow().article().block(highlight.blocks().get(0)).text();
        quizzes.answer(sam, attempt.id(), highlight.id(),
                HighlightAnswer.of(new TextSpan(highlight.blocks().get(0), 0, text.indexOf(' '))));
        DashboardView dashboard = openDashboard(classroom);

        HeatMapView heat = _find(HeatMapView.class).stream()
                .filter(h -> h.getElement().getAttribute("data-question").equals(highlight.id()))
                .findFirst().orElseThrow();
        assertThat(heat.getElement().getTextRecursively()).contains("1 student answered");
        assertThat(_find(Details.class)).isNotEmpty();
    }

    @Test
    void the_results_page_downloads_a_csv_of_what_was_answered() throws Exception {
        Classroom classroom = classWithQuiz("10D");
        Participant sam = joinElsewhere(classroom, "Sam");
        AttemptView attempt = quizzes.attempt(sam, SLUG, "quiz").orElseThrow();
        PromptView question = first(attempt, QuestionType.TRUE_FALSE);
        quizzes.answer(sam, attempt.id(), question.id(), new TrueFalseAnswer(false));
        login("ada", "TEACHER");
        ui().navigate(ResultsView.path(classroom.id(), classroom.assignments().get(0).id()));
        ResultsView results = _get(ResultsView.class);

        String csv = download(results.csvDownload());

        assertThat(csv).startsWith("\uFEFFClass,Lesson,Student");
        assertThat(csv.lines().filter(l -> l.contains("," + question.id() + ",")))
                .singleElement().asString().contains("10D").contains(",Sam,").contains(",yes,False,");
    }

    @Test
    void the_dashboard_and_the_results_show_the_answer_that_counts_and_its_tries() {
        Classroom classroom = classWithQuiz("10E");
        long assignment = classroom.assignments().get(0).id();
        admin.setAssignmentFeedback("ada", classroom.id(), assignment,
                java.util.Optional.of(org.closeread.quiz.FeedbackTiming.AT_END));
        Participant sam = joinElsewhere(classroom, "Sam");
        AttemptView attempt = quizzes.attempt(sam, SLUG, "quiz").orElseThrow();
        PromptView question = first(attempt, QuestionType.TRUE_FALSE);
        quizzes.answer(sam, attempt.id(), question.id(), new TrueFalseAnswer(true));
        quizzes.answer(sam, attempt.id(), question.id(), new TrueFalseAnswer(false));

        DashboardView dashboard = openDashboard(classroom);
        StudentProgress row = row(dashboard, "Sam");
        assertThat(row.tries()).isEqualTo(2);
        assertThat(DashboardView.tries(row)).isEqualTo("2 (" + question.id() + " ×2)");
        assertThat(dashboard.getElement().getTextRecursively()).contains("2 (" + question.id() + " ×2)");

        ui().navigate(ResultsView.path(classroom.id(), assignment));
        String page = _get(ResultsView.class).getElement().getTextRecursively();
        assertThat(page).contains("Sam: 1 answered, 2 tries").contains("Answer that counts").contains("False");
    }

    @Test
    void the_teacher_marks_a_written_answer_on_the_results_page_and_the_dashboard_shows_what_is_to_mark() {
        Classroom classroom = classWithQuiz("10F");
        long assignment = classroom.assignments().get(0).id();
        Participant sam = joinElsewhere(classroom, "Sam");
        AttemptView attempt = quizzes.attempt(sam, SLUG, "quiz").orElseThrow();
        PromptView written = first(attempt, QuestionType.WRITTEN);
        quizzes.answer(sam, attempt.id(), written.id(), new WrittenAnswer("The mayor, to back the claim."));

        DashboardView dashboard = openDashboard(classroom);
        assertThat(dashboard.getElement().getTextRecursively()).contains("1 answer to mark");

        ui().navigate(ResultsView.path(classroom.id(), assignment));
        Div form = _get(Div.class, spec -> spec.withId("mark-" + sam.id() + "-" + written.id()));
        assertThat(form.getElement().getTextRecursively()).contains("To mark");
        assertThat(_get(ResultsView.class).getElement().getTextRecursively()).contains("1 to mark")
                .contains("of the marked questions; 1 answer to mark");
        @SuppressWarnings("unchecked")
        CheckboxGroup<Integer> points = _get(form, CheckboxGroup.class);
        ClientInput._setValue(points, Set.of(0));
        ClientInput._setValue(_get(form, TextArea.class), "Name the source too.");
        _click(_get(form, Button.class, spec -> spec.withText("Save the mark")));

        String page = _get(ResultsView.class).getElement().getTextRecursively();
        assertThat(page).contains("Marked by ada: 1 of").doesNotContain("to mark");
        StudentProgress row = _get(ResultsView.class).report().students().stream()
                .filter(s -> s.name().equals("Sam")).findFirst().orElseThrow();
        assertThat(row.answer(written.id()).orElseThrow().mark().orElseThrow().comment())
                .isEqualTo("Name the source too.");
    }

    private String download(DownloadHandler handler) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DownloadEvent event = Mockito.mock(DownloadEvent.class);
        Mockito.when(event.getOutputStream()).thenReturn(out);
        Mockito.when(event.getSession()).thenReturn(VaadinSession.getCurrent());
        handler.handleDownloadRequest(event);
        return out.toString(StandardCharsets.UTF_8);
    }
}
