package org.closeread.classroom;

import java.time.Instant;
import java.util.Objects;

/**
 * One student's answer to one question, for tables and the CSV: what they answered in words, the score
 * (0 to 1), whether it had full marks, when it was given and how long after the attempt started.
 */
public record AnswerCell(String questionId, String answer, double score, boolean right, Instant answeredAt,
                         long secondsFromStart) {

    public AnswerCell {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(answeredAt, "answeredAt");
    }

    /** The score as a whole percent, rounded half up. */
    public int percent() {
        return (int) Math.round(score * 100);
    }
}
