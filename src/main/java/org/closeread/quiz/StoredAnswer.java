package org.closeread.quiz;

import java.time.Instant;
import java.util.Objects;

/** One stored answer with what it earned, for a teacher's view of results (keys included). */
public record StoredAnswer(String questionId, Answer answer, Result result, Instant answeredAt) {

    public StoredAnswer {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(answeredAt, "answeredAt");
    }
}
