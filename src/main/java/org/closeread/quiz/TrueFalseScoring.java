package org.closeread.quiz;

import java.util.List;

/** True/false: 1 for the right value, otherwise 0; the feedback is the one written for the value given. */
final class TrueFalseScoring {

    private TrueFalseScoring() {
    }

    static Score score(boolean key, boolean given, String feedbackTrue, String feedbackFalse) {
        boolean right = key == given;
        FeedbackLine line = new FeedbackLine(right ? Verdict.RIGHT : Verdict.WRONG, given ? "True" : "False",
                given ? feedbackTrue : feedbackFalse);
        return new Score(right ? 1 : 0, List.of(line));
    }
}
