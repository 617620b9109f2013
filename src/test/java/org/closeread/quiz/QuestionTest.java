package org.closeread.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.closeread.article.Block;
import org.closeread.article.BlockKind;
import org.closeread.article.TextSpan;
import org.junit.jupiter.api.Test;

/** Questions show students only what they may see, and score answers given to what was shown. */
class QuestionTest {

    private static final Stem STEM = new Stem("q-tass", "What kind of source is TASS?", "TASS is Russian state media.",
            Optional.of("sourcing"));
    private static final List<Option> OPTIONS = List.of(new Option("Russian state media", true, "Right."),
            new Option("An independent agency", false, "No."), new Option("China's agency", false, "No."),
            new Option("The newspaper", false, "No."));

    @Test
    void a_choice_is_shown_shuffled_and_scored_by_the_position_shown() {
        SingleChoiceQuestion question = new SingleChoiceQuestion(STEM, OPTIONS);
        PromptView view = question.promptView();
        assertEquals(question.shownOptions().stream().map(Option::text).toList(), view.options());
        int right = view.options().indexOf("Russian state media");
        assertTrue(question.score(ChoiceAnswer.of(right)).correct());
        assertFalse(question.score(ChoiceAnswer.of((right + 1) % 4)).correct());
    }

    @Test
    void a_prompt_view_holds_the_prompt_and_no_answer_key() {
        PromptView view = new SingleChoiceQuestion(STEM, OPTIONS).promptView();
        assertEquals("q-tass", view.id());
        assertEquals(QuestionType.SINGLE, view.type());
        assertEquals(STEM.prompt(), view.prompt());
        assertFalse(view.toString().contains("Right."));
        assertFalse(view.toString().contains(STEM.explanation()));
    }

    @Test
    void a_result_carries_the_explanation_and_feedback_for_after_answering() {
        Result result = new MultipleChoiceQuestion(STEM, OPTIONS).score(ChoiceAnswer.of());
        assertEquals("q-tass", result.questionId());
        assertEquals(STEM.explanation(), result.explanation());
        assertEquals(4, result.feedback().size());
        assertTrue(result.answered());
        assertFalse(result.correct());
    }

    @Test
    void an_answer_of_another_type_is_refused() {
        Question question = new SingleChoiceQuestion(STEM, OPTIONS);
        assertThrows(WrongAnswerTypeException.class, () -> question.score(new TrueFalseAnswer(true)));
        assertThrows(WrongAnswerTypeException.class, () -> new TrueFalseQuestion(STEM, true, "", "")
                .score(ChoiceAnswer.of(0)));
    }

    @Test
    void a_true_false_question_shows_only_its_statement() {
        TrueFalseQuestion question = new TrueFalseQuestion(STEM, false, "Look again.", "Right.");
        PromptView view = question.promptView();
        assertEquals(List.of(), view.options());
        assertEquals(1, question.score(new TrueFalseAnswer(false)).score());
        assertEquals("Look again.", question.score(new TrueFalseAnswer(true)).feedback().get(0).note());
    }

    @Test
    void a_match_shows_lefts_in_order_and_every_right_once_shuffled_with_the_distractors() {
        MatchQuestion question = new MatchQuestion(STEM, List.of(new MatchPair("Dong's long quote", "TASS"),
                new MatchPair("Dong's short quote", "TASS"), new MatchPair("The first photo", "AP")),
                List.of("Xinhua"));
        PromptView view = question.promptView();
        assertEquals(List.of("Dong's long quote", "Dong's short quote", "The first photo"), view.lefts());
        assertEquals(Set.of("TASS", "AP", "Xinhua"), Set.copyOf(view.rights()));
        assertEquals(3, view.rights().size());
        int tass = view.rights().indexOf("TASS");
        int ap = view.rights().indexOf("AP");
        assertEquals(1, question.score(new MatchAnswer(Map.of(0, tass, 1, tass, 2, ap))).score());
        assertEquals(2.0 / 3, question.score(new MatchAnswer(Map.of(0, tass, 1, tass, 2, 99))).score(), 1e-9);
    }

    @Test
    void an_order_is_shown_shuffled_and_scored_by_the_positions_shown() {
        List<String> items = List.of("The ministry photographs", "The ministry releases", "AP distributes",
                "The Post publishes");
        OrderQuestion question = new OrderQuestion(STEM, items);
        List<String> shown = question.promptView().items();
        assertFalse(shown.equals(items));
        assertEquals(Set.copyOf(items), Set.copyOf(shown));
        OrderAnswer right = new OrderAnswer(items.stream().map(shown::indexOf).toList());
        assertEquals(1, question.score(right).score());
        assertEquals(0, question.score(OrderAnswer.of()).score());
        assertTrue(question.score(OrderAnswer.of(0, 1, 2, 3)).score() < 1);
    }

    @Test
    void a_highlight_shows_only_which_blocks_to_mark_in() {
        Block block = new Block(3, BlockKind.PARAGRAPH, "p-neutral", "China maintains that it is neutral.");
        HighlightQuestion question = new HighlightQuestion(STEM, List.of(block),
                List.of(new Target(new TextSpan(3, 6, 15))));
        PromptView view = question.promptView();
        assertEquals(List.of(3), view.blocks());
        assertFalse(view.toString().contains("maintains"));
        Result result = question.score(HighlightAnswer.of(new TextSpan(3, 6, 15)));
        assertTrue(result.correct());
        assertEquals(List.of(new TextSpan(3, 6, 15)), result.spans().orElseThrow().hits());
    }

    @Test
    void a_highlight_target_must_hold_a_word_of_its_blocks() {
        Block block = new Block(0, BlockKind.PARAGRAPH, null, "“Quoted,” he said.");
        assertThrows(IllegalArgumentException.class, () -> new HighlightQuestion(STEM, List.of(block),
                List.of(new Target(new TextSpan(0, 0, 1)))));
    }

    @Test
    void a_written_answer_is_self_checked_against_the_model_answer_and_rubric() {
        WrittenQuestion question = new WrittenQuestion(STEM, "TASS is Russian state media.",
                List.of("I named the owner.", "I said why it matters."));
        assertEquals(List.of(), question.promptView().items());
        Result first = question.score(new WrittenAnswer("It belongs to the Russian state."));
        assertTrue(first.selfChecked());
        assertEquals(0, first.score());
        assertEquals("TASS is Russian state media.", first.selfCheck().orElseThrow().modelAnswer());
        Result checked = question.score(new WrittenAnswer("It belongs to the Russian state.", Set.of(0, 5)));
        assertEquals(0.5, checked.score());
        assertEquals(Set.of(0), checked.selfCheck().orElseThrow().ticked());
    }

    @Test
    void a_written_question_without_a_rubric_checks_against_the_model_answer() {
        WrittenQuestion question = new WrittenQuestion(STEM, "A model.", List.of());
        assertEquals(List.of(WrittenQuestion.MODEL_ANSWER_POINT), question.rubric());
        assertTrue(question.score(new WrittenAnswer("Mine.", Set.of(0))).correct());
    }

    @Test
    void an_unanswered_question_scores_zero_and_still_explains() {
        Result result = Result.unanswered(new TrueFalseQuestion(STEM, true, "", ""));
        assertFalse(result.answered());
        assertEquals(0, result.score());
        assertEquals(STEM.explanation(), result.explanation());
        assertEquals(List.of(), result.feedback(), "the heading says it is not answered; no line repeats it");
    }

    @Test
    void questions_refuse_keys_that_cannot_be_answered() {
        assertThrows(IllegalArgumentException.class, () -> new SingleChoiceQuestion(STEM, List.of(
                new Option("a", true, ""), new Option("b", true, ""))));
        assertThrows(IllegalArgumentException.class, () -> new MultipleChoiceQuestion(STEM, List.of(
                new Option("a", false, ""), new Option("b", false, ""))));
        assertThrows(IllegalArgumentException.class, () -> new MatchQuestion(STEM, List.of(new MatchPair("a", "b")),
                List.of()));
        assertThrows(IllegalArgumentException.class, () -> new OrderQuestion(STEM, List.of("a", "a")));
        assertThrows(IllegalArgumentException.class, () -> new WrittenQuestion(STEM, " ", List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Stem("q", "Prompt?", " "));
    }
}
