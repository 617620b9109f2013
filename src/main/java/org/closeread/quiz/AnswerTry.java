package org.closeread.quiz;

import java.time.Instant;
import java.util.Objects;

/** One try at a question, as kept: its number in order, what was answered, what it scored, and when. */
public record AnswerTry(int number, Answer answer, double score, Instant answeredAt) {

    public AnswerTry {
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(answeredAt, "answeredAt");
    }
}
