package org.closeread.authoring;

import java.util.Objects;

/** Where a question lives: in the lesson's quiz, or among the practice exercises of one step. */
public record QuestionPlace(String stepId) {

    public static final QuestionPlace QUIZ = new QuestionPlace("");

    public QuestionPlace {
        stepId = Objects.requireNonNullElse(stepId, "").strip();
    }

    public static QuestionPlace step(String stepId) {
        return new QuestionPlace(stepId);
    }

    public boolean isQuiz() {
        return stepId.isEmpty();
    }
}
