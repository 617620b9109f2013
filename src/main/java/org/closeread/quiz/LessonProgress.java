package org.closeread.quiz;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * How far a student is with one lesson: not started, reading (an exercise answered or the quiz begun),
 * or the quiz done, with the score of the latest finished attempt.
 */
public record LessonProgress(Stage stage, OptionalInt percent) {

    public enum Stage { NOT_STARTED, READING, QUIZ_DONE }

    public static final LessonProgress NOT_STARTED = new LessonProgress(Stage.NOT_STARTED, OptionalInt.empty());
    public static final LessonProgress READING = new LessonProgress(Stage.READING, OptionalInt.empty());

    public LessonProgress {
        Objects.requireNonNull(stage, "stage");
        percent = Objects.requireNonNullElse(percent, OptionalInt.empty());
        if ((stage == Stage.QUIZ_DONE) != percent.isPresent()) {
            throw new IllegalArgumentException("a score belongs to a finished quiz, and a finished quiz has one");
        }
    }

    public static LessonProgress quizDone(int percent) {
        return new LessonProgress(Stage.QUIZ_DONE, OptionalInt.of(percent));
    }
}
