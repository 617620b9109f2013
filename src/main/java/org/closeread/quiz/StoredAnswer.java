package org.closeread.quiz;

import java.time.Instant;
import java.util.Objects;

/**
 * One stored answer with what it earned, for a teacher's view of results (keys included): the answer
 * that counts, and how many times the question was answered in this attempt (every try is kept).
 */
public record StoredAnswer(String questionId, Answer answer, Result result, Instant answeredAt, int tries) {

    public StoredAnswer {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(answeredAt, "answeredAt");
        if (tries < 1) {
            throw new IllegalArgumentException("a stored answer was given at least once, not " + tries);
        }
    }

    /** An answer given once. */
    public StoredAnswer(String questionId, Answer answer, Result result, Instant answeredAt) {
        this(questionId, answer, result, answeredAt, 1);
    }
}
