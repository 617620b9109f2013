package org.closeread.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MultipleChoiceScoringTest {

    /** Three right options (0, 1, 2) and two wrong ones (3, 4). */
    private final List<Option> options = List.of(
            new Option("03:06", true, "a video's running time"),
            new Option("Get more with myNEWS", true, "a promo"),
            new Option("A related link", true, "another story"),
            new Option("Photo: AFP", false, "a credit belongs to the article"),
            new Option("The standfirst", false, "part of the article"));

    private double score(Integer... picks) {
        return MultipleChoiceScoring.score(options, Set.of(picks)).value();
    }

    @Test
    void every_right_option_and_nothing_else_scores_one() {
        assertEquals(1, score(0, 1, 2));
    }

    @Test
    void an_empty_answer_scores_zero() {
        assertEquals(0, score());
    }

    @Test
    void two_of_three_right_options_score_two_thirds() {
        assertEquals(2.0 / 3, score(0, 2), 1e-9);
    }

    @Test
    void one_of_three_right_options_scores_one_third() {
        assertEquals(1.0 / 3, score(1), 1e-9);
    }

    @Test
    void a_wrong_pick_cancels_a_right_one() {
        assertEquals(2.0 / 3, score(0, 1, 2, 3), 1e-9);
        assertEquals(0, score(0, 3));
    }

    @Test
    void picking_everything_earns_little() {
        assertEquals(1.0 / 3, score(0, 1, 2, 3, 4), 1e-9);
    }

    @Test
    void only_wrong_picks_score_zero_never_below() {
        assertEquals(0, score(3, 4));
        assertEquals(0, score(0, 3, 4));
    }

    @Test
    void picking_an_option_twice_counts_once() {
        assertEquals(2.0 / 3, MultipleChoiceScoring.score(options, ChoiceAnswer.of(0, 0, 1, 1).options()).value(),
                1e-9);
    }

    @Test
    void indices_that_name_no_option_neither_earn_nor_cost() {
        assertEquals(1, score(0, 1, 2, 5, -1, 99));
    }

    @Test
    void a_single_right_option_picked_alone_scores_one() {
        List<Option> one = List.of(new Option("yes", true, ""), new Option("no", false, ""));
        assertEquals(1, MultipleChoiceScoring.score(one, Set.of(0)).value());
        assertEquals(0, MultipleChoiceScoring.score(one, Set.of(0, 1)).value());
    }

    @Test
    void every_option_gets_a_line_right_missed_wrong_or_left_out() {
        Score score = MultipleChoiceScoring.score(options, Set.of(0, 3));
        assertEquals(List.of(Verdict.RIGHT, Verdict.MISSED, Verdict.MISSED, Verdict.WRONG, Verdict.NOT_CHOSEN),
                score.feedback().stream().map(FeedbackLine::verdict).toList());
        assertEquals("a credit belongs to the article", score.feedback().get(3).note());
    }
}
