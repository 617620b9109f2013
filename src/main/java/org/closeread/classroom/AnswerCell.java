package org.closeread.classroom;

import java.time.Instant;
import java.util.Objects;

/**
 * One student's answer to one question, for tables and the CSV: the answer that counts in words, the score
 * (0 to 1), whether it had full marks, when it was given, how long after the attempt started, and how many
 * times the question was answered (every try is kept; the answer policy says which one counts).
 */
public record AnswerCell(String questionId, String answer, double score, boolean right, Instant answeredAt,
                         long secondsFromStart, int tries) {

    public AnswerCell {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(answeredAt, "answeredAt");
        if (tries < 1) {
            throw new IllegalArgumentException("an answer was given at least once, not " + tries);
        }
    }

    /** An answer given once. */
    public AnswerCell(String questionId, String answer, double score, boolean right, Instant answeredAt,
                      long secondsFromStart) {
        this(questionId, answer, score, right, answeredAt, secondsFromStart, 1);
    }

    /** The score as a whole percent, rounded half up. */
    public int percent() {
        return (int) Math.round(score * 100);
    }
}
