package org.closeread.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TrueFalseScoringTest {

    @Test
    void the_right_value_scores_one() {
        assertEquals(1, TrueFalseScoring.score(false, false, "Look again.", "Right.").value());
        assertEquals(1, TrueFalseScoring.score(true, true, "Right.", "Look again.").value());
    }

    @Test
    void the_wrong_value_scores_zero() {
        assertEquals(0, TrueFalseScoring.score(false, true, "Look again.", "Right.").value());
        assertEquals(0, TrueFalseScoring.score(true, false, "Right.", "Look again.").value());
    }

    @Test
    void the_feedback_is_the_one_written_for_the_value_given() {
        Score score = TrueFalseScoring.score(false, true, "Compare the caption.", "Right.");
        assertEquals(new FeedbackLine(Verdict.WRONG, "True", "Compare the caption."), score.feedback().get(0));
        score = TrueFalseScoring.score(false, false, "Compare the caption.", "Right.");
        assertEquals(new FeedbackLine(Verdict.RIGHT, "False", "Right."), score.feedback().get(0));
    }

    @Test
    void a_missing_feedback_gives_an_empty_note() {
        assertEquals("", TrueFalseScoring.score(true, true, "", "").feedback().get(0).note());
    }
}
