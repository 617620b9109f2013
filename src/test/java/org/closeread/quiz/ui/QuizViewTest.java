package org.closeread.quiz.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.closeread.ClientInput._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.Set;
import java.util.stream.Collectors;
import org.closeread.KaribuTest;
import org.closeread.quiz.QuestionType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QuizViewTest extends KaribuTest {

    static final String QUIZ = "lessons/china-russia-defence-ministers/quiz";

    @Override
    protected Set<Class<? extends Component>> views() {
        return Set.of(QuizView.class);
    }

    @BeforeEach
    void open() {
        ui().navigate(QUIZ);
    }

    private void start() {
        _click(_get(Button.class, spec -> spec.withText("Start the quiz")));
    }

    private QuizView view() {
        return _get(QuizView.class);
    }

    /** Everything the browser would receive as text: element text and the HTML of Html components. */
    private static String everythingShown() {
        String text = UI.getCurrent().getElement().getTextRecursively();
        String html = _find(Html.class).stream().map(Html::getInnerHtml).collect(Collectors.joining(" "));
        return text + " " + html;
    }

    @Test
    void the_quiz_starts_with_a_resume_code_and_the_first_open_question() {
        start();

        assertThat(_get(Span.class, spec -> spec.withId("resume-code")).getText()).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(_get(Span.class, spec -> spec.withId("question-position")).getText()).startsWith("Question 1 of ");
    }

    @Test
    void answering_shows_the_result_with_its_explanation_and_moves_on() {
        start();
        QuestionCard card = view().card();
        assertThat(card.prompt().type()).isEqualTo(QuestionType.SINGLE);

        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> options = (RadioButtonGroup<Integer>) card.input().component();
        _setValue(options, 0);
        _click(card.saveButton());

        assertThat(card.resultPanel().isVisible()).isTrue();
        assertThat(card.message()).isEqualTo("Saved.");
        _click(_get(Button.class, spec -> spec.withText("Next question")));
        assertThat(_get(Span.class, spec -> spec.withId("question-position")).getText()).startsWith("Question 2 of ");
        assertThat(view().currentAttempt().answeredCount()).isEqualTo(1);
    }

    @Test
    void saving_without_an_answer_says_what_to_do_and_stores_nothing() {
        start();

        _click(view().card().saveButton());

        assertThat(view().card().message()).isEqualTo("Choose an answer first.");
        assertThat(view().currentAttempt().answeredCount()).isZero();
    }

    @Test
    void no_key_explanation_or_feedback_reaches_the_page_before_the_question_is_answered() {
        start();
        String shown = everythingShown();
        String questionId = view().card().prompt().id();

        org.closeread.quiz.Question question = org.closeread.quiz.QuizReader.readLesson(
                "china-russia-defence-ministers", read("article.txt"), read("lesson.yaml"))
                .quizzes().orElseThrow().question(questionId).orElseThrow();
        assertThat(shown).doesNotContain(question.explanation().substring(0, 40));
        if (question instanceof org.closeread.quiz.SingleChoiceQuestion single) {
            single.options().stream().map(o -> o.feedback()).filter(f -> f != null && f.length() > 20)
                    .forEach(feedback -> assertThat(shown).doesNotContain(feedback));
        }
        assertThat(UI.getCurrent().getElement().getOuterHTML()).doesNotContain("correct");
    }

    @Test
    void a_wrong_resume_code_gets_a_clear_message() {
        ResumeForm form = _get(ResumeForm.class);
        _setValue(form.codeField(), "ZZZZ-ZZZZ");
        _click(form.resumeButton());

        assertThat(form.codeField().isInvalid()).isTrue();
        assertThat(form.codeField().getErrorMessage()).startsWith("No saved work has this code.");
    }

    @Test
    void guessing_resume_codes_is_slowed_down_as_on_the_join_page() {
        ResumeForm form = _get(ResumeForm.class);
        for (int i = 0; i < 5; i++) {
            _setValue(form.codeField(), "ZZZZ-ZZZ" + (i + 2));
            _click(form.resumeButton());
        }

        assertThat(form.codeField().getErrorMessage()).isEqualTo("Too many attempts — try again in 30 seconds.");
        _setValue(form.codeField(), "ZZZZ-ZZZZ");
        _click(form.resumeButton());
        assertThat(form.codeField().getErrorMessage()).as("no code is even looked up while waiting")
                .startsWith("Too many attempts — try again in");
    }

    @Test
    void another_browser_continues_with_the_resume_code_and_a_finished_quiz_shows_results() {
        start();
        String code = _get(Span.class, spec -> spec.withId("resume-code")).getText();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> options = (RadioButtonGroup<Integer>) view().card().input().component();
        _setValue(options, 1);
        _click(view().card().saveButton());

        // A new session: another browser.
        MockVaadin.tearDown();
        setUpAgain();
        ui().navigate(QUIZ);
        ResumeForm form = _get(ResumeForm.class);
        _setValue(form.codeField(), code.toLowerCase());
        _click(form.resumeButton());

        assertThat(_get(Span.class, spec -> spec.withId("question-position")).getText()).startsWith("Question 2 of ");
        assertThat(view().currentAttempt().answeredCount()).isEqualTo(1);

        _click(_get(Button.class, spec -> spec.withId("finish-quiz")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(_get(H2.class, spec -> spec.withId("quiz-score")).getText()).matches("Your score: \\d+%");
        assertThat(_find(Button.class, spec -> spec.withText("Save answer"))).isEmpty();
    }

    @Test
    void an_unknown_lesson_has_no_quiz() {
        ui().navigate("lessons/nothing-here/quiz");

        assertThat(_get(H1.class).getText()).isEqualTo("Quiz not found");
    }

    private static String read(String file) {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("lessons/china-russia-defence-ministers",
                    file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
