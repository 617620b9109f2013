package org.closeread.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderScoringTest {

    private final List<String> chain = List.of("Dong speaks", "TASS reports", "The Post quotes TASS",
            "You read it", "You check it");

    private Score score(Integer... sequence) {
        return OrderScoring.score(chain, Arrays.asList(sequence));
    }

    private List<Verdict> verdicts(Score score) {
        return score.feedback().stream().map(FeedbackLine::verdict).toList();
    }

    @Test
    void the_right_order_scores_one() {
        Score score = score(0, 1, 2, 3, 4);
        assertEquals(1, score.value());
        assertEquals(List.of(Verdict.RIGHT, Verdict.RIGHT, Verdict.RIGHT, Verdict.RIGHT, Verdict.RIGHT),
                verdicts(score));
    }

    @Test
    void an_empty_answer_scores_zero_and_every_item_is_missed() {
        Score score = score();
        assertEquals(0, score.value());
        assertEquals(5, verdicts(score).stream().filter(Verdict.MISSED::equals).count());
        assertEquals("Not placed: it comes first.", Seen.note(score.feedback().get(0)));
    }

    @Test
    void the_reverse_order_scores_zero() {
        assertEquals(0, score(4, 3, 2, 1, 0).value());
    }

    @Test
    void one_item_moved_to_the_end_costs_only_its_links_and_alone_is_out_of_place() {
        Score score = score(1, 2, 3, 4, 0);
        assertEquals(0.75, score.value());
        assertEquals(List.of(Verdict.RIGHT, Verdict.RIGHT, Verdict.RIGHT, Verdict.RIGHT, Verdict.WRONG),
                verdicts(score));
        assertEquals(new Seen(Verdict.WRONG, "Dong speaks", "Out of place: it comes first."), Seen.of(score.feedback().get(4)));
    }

    @Test
    void two_neighbours_swapped_break_three_links_and_one_is_out_of_place() {
        Score score = score(0, 2, 1, 3, 4);
        assertEquals(0.25, score.value());
        assertEquals(1, verdicts(score).stream().filter(Verdict.WRONG::equals).count());
    }

    @Test
    void an_out_of_place_item_says_what_it_follows() {
        Score score = score(0, 1, 3, 2, 4);
        assertEquals(0.25, score.value());
        assertEquals(new Seen(Verdict.WRONG, "The Post quotes TASS",
                "Out of place: it comes straight after “TASS reports”."), Seen.of(score.feedback().get(3)));
    }

    @Test
    void items_left_out_are_missed_and_links_only_count_between_placed_items() {
        Score score = score(0, 1, 2);
        assertEquals(0.5, score.value());
        assertEquals(List.of(Verdict.RIGHT, Verdict.RIGHT, Verdict.RIGHT, Verdict.MISSED, Verdict.MISSED),
                verdicts(score));
    }

    @Test
    void repeated_and_unknown_indices_are_ignored() {
        assertEquals(1, score(0, 0, 1, 7, 2, -1, 3, 1, 4, null).value());
    }

    @Test
    void two_items_score_one_in_order_and_zero_reversed() {
        List<String> two = List.of("first", "second");
        assertEquals(1, OrderScoring.score(two, List.of(0, 1)).value());
        assertEquals(0, OrderScoring.score(two, List.of(1, 0)).value());
    }
}
