package org.closeread.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SingleChoiceScoringTest {

    private final List<Option> options = List.of(
            new Option("TASS", true, "Right: “was quoted by the TASS news agency”."),
            new Option("The reporter", false, "The article never says so."),
            new Option("AP", false, ""));

    @Test
    void the_right_option_alone_scores_one() {
        assertEquals(1, SingleChoiceScoring.score(options, Set.of(0)).value());
    }

    @Test
    void a_wrong_option_scores_zero() {
        assertEquals(0, SingleChoiceScoring.score(options, Set.of(1)).value());
    }

    @Test
    void an_empty_answer_scores_zero() {
        assertEquals(0, SingleChoiceScoring.score(options, Set.of()).value());
    }

    @Test
    void the_right_option_with_a_wrong_one_scores_zero_and_says_one_is_right() {
        Score score = SingleChoiceScoring.score(options, Set.of(0, 2));
        assertEquals(0, score.value());
        assertEquals(Verdict.WRONG, score.feedback().get(0).verdict());
        assertEquals("Only one answer is right here, and you chose 2.", Seen.note(score.feedback().get(0)));
    }

    @Test
    void every_option_gets_a_line_saying_how_it_was_treated() {
        Score score = SingleChoiceScoring.score(options, Set.of(1));
        assertEquals(List.of(Verdict.MISSED, Verdict.WRONG, Verdict.NOT_CHOSEN),
                score.feedback().stream().map(FeedbackLine::verdict).toList());
        assertEquals("The article never says so.", score.feedback().get(1).note());
        assertEquals("The reporter", score.feedback().get(1).subject());
    }

    @Test
    void the_right_pick_is_confirmed_with_its_feedback() {
        FeedbackLine line = SingleChoiceScoring.score(options, Set.of(0)).feedback().get(0);
        assertEquals(new FeedbackLine(Verdict.RIGHT, "TASS", "Right: “was quoted by the TASS news agency”."), line);
    }

    @Test
    void an_index_that_names_no_option_is_ignored() {
        assertEquals(1, SingleChoiceScoring.score(options, Set.of(0, 3, -1)).value());
    }

    @Test
    void only_indices_that_name_no_option_score_zero() {
        Score score = SingleChoiceScoring.score(options, Set.of(7));
        assertEquals(0, score.value());
        assertEquals(3, score.feedback().size());
    }

    @Test
    void picking_an_option_twice_counts_once() {
        assertEquals(1, SingleChoiceScoring.score(options, ChoiceAnswer.of(0, 0).options()).value());
    }
}
