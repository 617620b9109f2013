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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.closeread.KaribuTest;
import org.closeread.quiz.ChoiceAnswer;
import org.closeread.quiz.HighlightQuestion;
import org.closeread.quiz.MultipleChoiceQuestion;
import org.closeread.quiz.Participant;
import org.closeread.quiz.Question;
import org.closeread.quiz.QuestionType;
import org.closeread.quiz.Quiz;
import org.closeread.quiz.QuizReader;
import org.closeread.quiz.QuizService;
import org.closeread.quiz.SingleChoiceQuestion;
import org.closeread.quiz.TrueFalseAnswer;
import org.closeread.quiz.TrueFalseQuestion;
import org.closeread.quiz.WrittenQuestion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QuizViewTest extends KaribuTest {

    static final String QUIZ = "lessons/china-russia-defence-ministers/quiz";

    @Override
    @SuppressWarnings("unchecked")
    protected Set<Class<? extends Component>> views() {
        try {
            return Set.of(QuizView.class,
                    (Class<? extends Component>) Class.forName("org.closeread.course.ui.LibraryView"));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void open() {
        ui().navigate(QUIZ, com.vaadin.flow.router.QueryParameters.fromString("path=full"));
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
        assertThat(card.message()).isEqualTo("Saved. This answer is final: its feedback is shown.");
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

    /** What a question must not show before it is answered: its explanation, feedback, model answer, rubric. */
    private static List<String> secrets(Question question) {
        List<String> secrets = new ArrayList<>();
        secrets.add(question.explanation());
        switch (question) {
            case SingleChoiceQuestion single -> single.options().forEach(o -> secrets.add(o.feedback()));
            case MultipleChoiceQuestion multiple -> multiple.options().forEach(o -> secrets.add(o.feedback()));
            case TrueFalseQuestion trueFalse -> {
                secrets.add(trueFalse.feedbackTrue());
                secrets.add(trueFalse.feedbackFalse());
            }
            case WrittenQuestion written -> {
                secrets.add(written.modelAnswer());
                written.rubric().stream().filter(r -> !r.equals("My answer makes the same points as the model"
                        + " answer.")).forEach(secrets::add);
            }
            default -> { }
        }
        // Long enough to be the text itself, not a word the article or prompt shares.
        return secrets.stream().filter(t -> t != null && t.length() > 20).map(t -> t.substring(0, 20)).toList();
    }

    @Test
    void no_key_explanation_or_feedback_reaches_the_page_before_any_question_is_answered() {
        start();
        Quiz quiz = QuizReader.readLesson("china-russia-defence-ministers", read("article.txt"),
                read("lesson.yaml")).quizzes().orElseThrow().quiz().orElseThrow();
        Set<QuestionType> seen = EnumSet.noneOf(QuestionType.class);
        for (int i = 0; i < quiz.questions().size(); i++) {
            String questionId = view().card().prompt().id();
            Question question = quiz.question(questionId).orElseThrow();
            seen.add(question.type());
            String shown = everythingShown();
            assertThat(secrets(question)).as(questionId + " has something to keep back").isNotEmpty();
            for (String secret : secrets(question)) {
                assertThat(shown).as(questionId).doesNotContain(secret);
            }
            String html = UI.getCurrent().getElement().getOuterHTML();
            assertThat(html).as(questionId).doesNotContain("correct").doesNotContain("result-line");
            if (question instanceof HighlightQuestion) {
                assertThat(html).as(questionId + ": no mark is shown as hit or missed")
                        .doesNotContainPattern("class=\"[^\"]*\\b(hit|miss)\\b");
            }
            if (i < quiz.questions().size() - 1) {
                _click(_get(Button.class, spec -> spec.withText("Next question")));
            }
        }
        assertThat(seen).as("every question type was checked").containsExactlyInAnyOrder(QuestionType.values());
    }

    @Test
    void an_answer_whose_feedback_was_shown_cannot_be_changed_in_the_page_or_behind_it() {
        start();
        QuestionCard card = view().card();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> options = (RadioButtonGroup<Integer>) card.input().component();
        _setValue(options, 0);
        _click(card.saveButton());

        assertThat(options.isReadOnly()).isTrue();
        assertThat(card.saveButton().isVisible()).isFalse();

        // The next question is open in this tab, and answered in another one meanwhile.
        _click(_get(Button.class, spec -> spec.withText("Next question")));
        QuestionCard second = view().card();
        QuizService quizzes = context.getBean(QuizService.class);
        Participant student = StudentSession.participant().orElseThrow();
        long attemptId = view().currentAttempt().id();
        org.closeread.quiz.Answer first = second.prompt().type() == QuestionType.TRUE_FALSE
                ? new TrueFalseAnswer(true) : ChoiceAnswer.of(0);
        quizzes.answer(student, attemptId, second.prompt().id(), first);

        second.input().fill(second.prompt().type() == QuestionType.TRUE_FALSE
                ? new TrueFalseAnswer(false) : ChoiceAnswer.of(1));
        _click(second.saveButton());

        assertThat(second.message()).isEqualTo("Your answer to this question is final: its feedback has been shown."
                + " Your saved answer has not changed.");
        assertThat(quizzes.attempt(student, attemptId).answers().get(second.prompt().id())).isEqualTo(first);
        assertThat(second.saveButton().isVisible()).isFalse();
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
    void an_empty_resume_code_is_asked_for_not_looked_up() {
        ResumeForm form = _get(ResumeForm.class);
        _click(form.resumeButton());

        assertThat(form.codeField().getErrorMessage()).isEqualTo("Type the resume code you were shown.");
        assertThat(form.codeField().getPlaceholder()).isEqualTo("Your resume code");
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
        ui().navigate(QUIZ, com.vaadin.flow.router.QueryParameters.fromString("path=full"));
        ResumeForm form = _get(ResumeForm.class);
        _setValue(form.codeField(), code.toLowerCase());
        _click(form.resumeButton());

        assertThat(_get(Span.class, spec -> spec.withId("question-position")).getText()).startsWith("Question 2 of ");
        assertThat(view().currentAttempt().answeredCount()).isEqualTo(1);

        _click(_get(Button.class, spec -> spec.withId("finish-quiz")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(_get(H2.class, spec -> spec.withId("quiz-score")).getText()).matches("Your score: \\d+% of the whole quiz");
        assertThat(_find(Button.class, spec -> spec.withText("Save answer"))).isEmpty();
    }

    @Test
    void delete_my_answers_asks_first_then_deletes_them_and_this_browser_forgets_the_code() {
        start();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> options = (RadioButtonGroup<Integer>) view().card().input().component();
        _setValue(options, 0);
        _click(view().card().saveButton());
        Participant student = StudentSession.participant().orElseThrow();
        QuizService quizzes = context.getBean(QuizService.class);

        _click(_get(Button.class, spec -> spec.withId("delete-my-answers")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(quizzes.resume(student.resumeCode())).as("nothing deleted before confirming").isPresent();
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(quizzes.resume(student.resumeCode())).isEmpty();
        assertThat(StudentSession.participant()).isEmpty();
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
