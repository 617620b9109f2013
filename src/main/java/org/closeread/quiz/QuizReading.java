package org.closeread.quiz;

import java.util.List;
import java.util.Optional;
import org.closeread.lesson.LessonProblem;

/** The questions read from a lesson folder, or the problems that keep it from loading. */
public record QuizReading(Optional<LessonQuizzes> quizzes, List<LessonProblem> problems) {

    public QuizReading {
        problems = List.copyOf(problems);
    }
}
