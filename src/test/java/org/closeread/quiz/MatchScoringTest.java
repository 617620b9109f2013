package org.closeread.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MatchScoringTest {

    private final List<MatchPair> pairs = List.of(
            new MatchPair("“selfish neocolonial activities”", "Sergey Shoigu"),
            new MatchPair("“particular importance”", "Dong Jun"),
            new MatchPair("“extremely clear”", "Antony Blinken"),
            new MatchPair("“a material effect”", "Washington"));

    @Test
    void every_left_matched_right_scores_one() {
        Score score = MatchScoring.score(pairs, Map.of(0, "Sergey Shoigu", 1, "Dong Jun", 2, "Antony Blinken",
                3, "Washington"));
        assertEquals(1, score.value());
        assertEquals(new FeedbackLine(Verdict.RIGHT, "“particular importance” → Dong Jun", ""),
                score.feedback().get(1));
    }

    @Test
    void an_empty_answer_scores_zero_and_says_where_each_belongs() {
        Score score = MatchScoring.score(pairs, Map.of());
        assertEquals(0, score.value());
        assertEquals(new Seen(Verdict.MISSED, "“extremely clear”", "Not matched; it goes with “Antony"
                + " Blinken”."), Seen.of(score.feedback().get(2)));
    }

    @Test
    void the_score_is_the_share_of_lefts_matched_right() {
        assertEquals(0.5, MatchScoring.score(pairs, Map.of(0, "Sergey Shoigu", 1, "Dong Jun", 2, "Washington",
                3, "Antony Blinken")).value());
        assertEquals(0.25, MatchScoring.score(pairs, Map.of(0, "Sergey Shoigu")).value());
    }

    @Test
    void all_wrong_scores_zero() {
        Score score = MatchScoring.score(pairs, Map.of(0, "Dong Jun", 1, "Sergey Shoigu", 2, "Washington",
                3, "Antony Blinken"));
        assertEquals(0, score.value());
        assertEquals(new Seen(Verdict.WRONG, "“selfish neocolonial activities” → Dong Jun",
                "It goes with “Sergey Shoigu”."), Seen.of(score.feedback().get(0)));
    }

    @Test
    void a_distractor_is_a_wrong_match() {
        assertEquals(0.75, MatchScoring.score(pairs, Map.of(0, "TASS", 1, "Dong Jun", 2, "Antony Blinken",
                3, "Washington")).value());
    }

    @Test
    void one_choice_given_to_every_left_is_right_only_where_it_belongs() {
        assertEquals(0.25, MatchScoring.score(pairs, Map.of(0, "Dong Jun", 1, "Dong Jun", 2, "Dong Jun",
                3, "Dong Jun")).value());
    }

    @Test
    void two_lefts_with_the_same_right_can_both_be_matched_right() {
        List<MatchPair> channels = List.of(new MatchPair("Dong's long quote", "TASS"),
                new MatchPair("Dong's short quote", "TASS"), new MatchPair("The first photo", "AP"));
        assertEquals(1, MatchScoring.score(channels, Map.of(0, "TASS", 1, "TASS", 2, "AP")).value());
    }

    @Test
    void a_left_index_that_names_no_pair_is_ignored() {
        assertEquals(0.25, MatchScoring.score(pairs, Map.of(0, "Sergey Shoigu", 9, "Dong Jun")).value());
    }
}
