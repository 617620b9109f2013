package org.closeread.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SelfCheckScoringTest {

    private final List<String> rubric = List.of("I named the source.", "I said what is missing.",
            "I suggested an independent source.", "I said what a mismatch would tell me.");

    @Test
    void the_score_is_the_share_of_rubric_points_ticked() {
        assertEquals(0.5, SelfCheckScoring.score("Dong's quote came via TASS.", rubric, Set.of(0, 2)).value());
        assertEquals(0.25, SelfCheckScoring.score("Dong's quote came via TASS.", rubric, Set.of(3)).value());
    }

    @Test
    void every_point_ticked_scores_one() {
        assertEquals(1, SelfCheckScoring.score("A full answer.", rubric, Set.of(0, 1, 2, 3)).value());
    }

    @Test
    void nothing_ticked_scores_zero() {
        Score score = SelfCheckScoring.score("A first draft.", rubric, Set.of());
        assertEquals(0, score.value());
        assertEquals(4, score.feedback().stream().filter(l -> l.verdict() == Verdict.MISSED).count());
    }

    @Test
    void an_empty_answer_scores_zero_whatever_is_ticked() {
        Score score = SelfCheckScoring.score("   ", rubric, Set.of(0, 1, 2, 3));
        assertEquals(0, score.value());
        assertEquals(Verdict.MISSED, score.feedback().get(0).verdict());
    }

    @Test
    void each_rubric_point_gets_a_line() {
        Score score = SelfCheckScoring.score("An answer.", rubric, Set.of(1));
        assertEquals(new Seen(Verdict.RIGHT, "I said what is missing.", "You checked this point off."), Seen.of(score.feedback().get(1)));
        assertEquals(Verdict.MISSED, score.feedback().get(0).verdict());
    }
}
