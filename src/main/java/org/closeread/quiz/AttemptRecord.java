package org.closeread.quiz;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A participant's attempt as stored, for teachers: when it started, finished and last changed, each
 * answer with its result, and the quiz result (scored on the quiz version it was taken on).
 */
public record AttemptRecord(long participantId, long attemptId, Instant startedAt, Optional<Instant> finishedAt,
                            Instant lastActivity, List<StoredAnswer> answers, QuizResult result) {

    public AttemptRecord {
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(lastActivity, "lastActivity");
        Objects.requireNonNull(result, "result");
        finishedAt = Objects.requireNonNullElse(finishedAt, Optional.empty());
        answers = List.copyOf(answers);
    }

    public boolean finished() {
        return finishedAt.isPresent();
    }

    public Optional<StoredAnswer> answer(String questionId) {
        return answers.stream().filter(a -> a.questionId().equals(questionId)).findFirst();
    }
}
