package org.closeread.classroom;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where one student is in an assignment's quiz: the question they are on, how many they answered,
 * the score so far (over the questions answered), the quiz score (unanswered count 0), when they last
 * did something, and each answer.
 */
public record StudentProgress(long participantId, String name, Stage stage, int question, int answered, int total,
                              OptionalInt scoreSoFar, int percent, boolean passed, Optional<Instant> startedAt,
                              Optional<Instant> lastActivity, List<AnswerCell> answers) {

    public enum Stage { NOT_STARTED, ANSWERING, FINISHED }

    public StudentProgress {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(scoreSoFar, "scoreSoFar");
        startedAt = Objects.requireNonNullElse(startedAt, Optional.empty());
        lastActivity = Objects.requireNonNullElse(lastActivity, Optional.empty());
        answers = List.copyOf(answers);
    }

    public Optional<AnswerCell> answer(String questionId) {
        return answers.stream().filter(a -> a.questionId().equals(questionId)).findFirst();
    }

    /** Every try at every question, the answers that count included. */
    public int tries() {
        return answers.stream().mapToInt(AnswerCell::tries).sum();
    }

    /** Written answers waiting for the teacher's mark: left out of the score. */
    public long toMark() {
        return answers.stream().filter(AnswerCell::toMark).count();
    }

    public boolean hasAnswers() {
        return answered > 0;
    }
}
