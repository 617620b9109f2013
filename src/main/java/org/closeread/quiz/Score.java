package org.closeread.quiz;

import java.util.List;

/** What a scoring rule gives: a score from 0 to 1 and feedback lines. */
record Score(double value, List<FeedbackLine> feedback) {

    Score {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("a score lies between 0 and 1, not " + value);
        }
        feedback = List.copyOf(feedback);
    }
}
