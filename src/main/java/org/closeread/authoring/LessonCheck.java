package org.closeread.authoring;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.closeread.lesson.LessonFile;
import org.closeread.lesson.LessonFileException;
import org.closeread.lesson.LessonFileReader;
import org.closeread.lesson.LessonProblem;
import org.closeread.lesson.LessonReading;
import org.closeread.lesson.LessonSource;
import org.closeread.quiz.LessonQuizzes;
import org.closeread.quiz.QuizPreview;
import org.closeread.quiz.QuizReader;

/**
 * A lesson's files read exactly as publishing and loading read them: the lesson and its questions as
 * students would get them, or every problem with its file and line.
 */
public record LessonCheck(Optional<QuizPreview> lesson, List<LessonProblem> problems) {

    public LessonCheck {
        problems = List.copyOf(problems);
    }

    public static LessonCheck of(LessonSource files) {
        AtomicReference<LessonQuizzes> quizzes = new AtomicReference<>();
        try {
            LessonFile file = new LessonFileReader(List.of(new QuizReader(quizzes::set))).read(files);
            file.parts().forEach(Runnable::run);
            return new LessonCheck(Optional.of(new QuizPreview(new LessonReading(file.lesson(), file.article()),
                    quizzes.get())), List.of());
        } catch (LessonFileException e) {
            return new LessonCheck(Optional.empty(), e.problems());
        }
    }

    public boolean sound() {
        return problems.isEmpty();
    }
}
