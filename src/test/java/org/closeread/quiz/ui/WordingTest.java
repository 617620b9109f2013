package org.closeread.quiz.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.closeread.ClientInput._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.closeread.base.ui.Translations;
import org.closeread.quiz.FeedbackLine;
import org.closeread.quiz.PromptView;
import org.closeread.quiz.QuestionType;
import org.closeread.quiz.Result;
import org.closeread.quiz.SelfCheck;
import org.closeread.quiz.Verdict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The words a student reads: real plurals, one set of verdict labels, scores that explain themselves. */
class WordingTest {

    private static final List<String> RUBRIC = List.of("Names the agency", "Says why it matters");

    @BeforeEach
    void ui() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private static PromptView prompt(QuestionType type, List<String> items) {
        return new PromptView("q1", type, "Which?", List.of(), List.of(), List.of(), items, List.of());
    }

    private static String shown(Result result, PromptView prompt) {
        ResultPanel panel = new ResultPanel(null, step -> Optional.empty());
        panel.show(result, prompt);
        return panel.getElement().getTextRecursively();
    }

    @Test
    void counts_are_real_plurals() {
        assertThat(Translations.text("quiz.take", 1)).isEqualTo("Take the quiz (1 question)");
        assertThat(Translations.text("quiz.take", 6)).isEqualTo("Take the quiz (6 questions)");
        assertThat(Translations.text("students", 1)).isEqualTo("1 student");
        assertThat(Translations.text("students", 2)).isEqualTo("2 students");
        assertThat(Translations.text("quiz.finish.open", 1)).startsWith("1 question has no answer yet");
        assertThat(Translations.text("quiz.finish.open", 3)).startsWith("3 questions have no answer yet");
        assertThat(Translations.text("quiz.spans.legend", 1, 0, 2, 50, 75))
                .startsWith("1 right mark, no missed parts, 2 false marks.");
    }

    @Test
    void every_option_gets_one_of_four_plain_labels() {
        Result result = new Result("q1", true, 0, List.of(
                new FeedbackLine(Verdict.WRONG, "The reporter", "The article never says so."),
                new FeedbackLine(Verdict.MISSED, "TASS", "The article says “was quoted by TASS”."),
                new FeedbackLine(Verdict.NOT_CHOSEN, "A press release", "")), "Why.", Optional.empty(),
                Optional.empty());

        String text = shown(result, prompt(QuestionType.SINGLE, List.of()));

        assertThat(text).contains("Not rightThe reporter", "You left this outTASS", "Correctly left outA press release")
                .doesNotContain("Missed", "Rightly left out", "Wrong");
    }

    @Test
    void a_partly_right_order_says_what_its_score_counts() {
        // Placed b, a, c, d: of the pairs a-b, b-c, c-d only c-d is kept; moving a alone puts all in order.
        Result result = new Result("q1", true, 1.0 / 3, List.of(new FeedbackLine(Verdict.RIGHT, "b", ""),
                new FeedbackLine(Verdict.WRONG, "a", "Out of place: it comes first."),
                new FeedbackLine(Verdict.RIGHT, "c", ""), new FeedbackLine(Verdict.RIGHT, "d", "")), "Why.",
                Optional.empty(), Optional.empty());

        assertThat(ResultPanel.headline(result, prompt(QuestionType.ORDER, List.of("a", "b", "c", "d"))))
                .isEqualTo("Partly right (33%): 1 of the 3 neighbouring pairs is in the right order. Moving the item"
                        + " marked Not right would put them all in order.");
        assertThat(ResultPanel.headline(result, prompt(QuestionType.SINGLE, List.of()))).isEqualTo("Partly right (33%)");
    }

    @Test
    void a_written_answer_just_saved_shows_the_model_answer_and_the_rubric_but_no_result_until_checked() {
        PromptView written = new PromptView("w1", QuestionType.WRITTEN, "Why does the source matter?", List.of(),
                List.of(), List.of(), List.of(), List.of());
        QuestionCard card = new QuestionCard(written, "Question 1 of 1", null, QuestionCard.Mode.PRACTICE,
                answer -> result(Set.of()), step -> Optional.empty());
        card.setSelfCheck(ticked -> result(ticked));
        UI.getCurrent().add(card);

        _setValue(_get(card, TextArea.class), "TASS is a state agency, so the words come through the government.");
        _click(card.saveButton());

        String before = card.resultPanel().getElement().getTextRecursively();
        assertThat(before).contains("Now check your answer", "Model answer: It came through TASS.")
                .doesNotContain("Self-checked", "You left this out", "0 of 2");
        @SuppressWarnings("unchecked")
        CheckboxGroup<Integer> points = _get(card, CheckboxGroup.class);
        _setValue(points, Set.of(0));
        _click(_get(card, Button.class, spec -> spec.withText("Save my self-check")));

        assertThat(card.resultPanel().getElement().getTextRecursively())
                .contains("Self-checked: 1 of 2 points", "RightNames the agency", "You left this outSays why it matters");
    }

    private static Result result(Set<Integer> ticked) {
        return new Result("w1", true, ticked.size() / 2.0, RUBRIC.stream()
                .map(point -> new FeedbackLine(ticked.contains(RUBRIC.indexOf(point)) ? Verdict.RIGHT : Verdict.MISSED,
                        point, "")).toList(), "Sources matter.", Optional.empty(),
                Optional.of(new SelfCheck("It came through TASS.", RUBRIC, ticked)));
    }
}
