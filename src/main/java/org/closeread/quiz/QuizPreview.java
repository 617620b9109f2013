package org.closeread.quiz;

import java.util.Objects;
import org.closeread.lesson.LessonReading;

/** An unpublished lesson's questions with the lesson they are asked on, for a teacher to try out. */
public record QuizPreview(LessonReading lesson, LessonQuizzes quizzes) {

    public QuizPreview {
        Objects.requireNonNull(lesson, "lesson");
        Objects.requireNonNull(quizzes, "quizzes");
    }
}
