package org.closeread.guide;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.closeread.article.Article;
import org.closeread.lesson.Lesson;
import org.closeread.lesson.LessonFile;
import org.closeread.lesson.LessonFileException;
import org.closeread.lesson.LessonFileReader;
import org.closeread.lesson.LessonSource;
import org.closeread.quiz.LessonQuizzes;
import org.closeread.quiz.QuizReader;

/** A lesson folder read whole: its article, its lesson (with its plan) and its questions. */
public record ReadLesson(Article article, Lesson lesson, LessonQuizzes quizzes) {

    public ReadLesson {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(lesson, "lesson");
        Objects.requireNonNull(quizzes, "quizzes");
    }

    /** Reads a lesson's two files with the same reader that loads them; a problem is thrown with its line. */
    public static ReadLesson of(LessonSource source) throws LessonFileException {
        AtomicReference<LessonQuizzes> quizzes = new AtomicReference<>();
        LessonFile file = new LessonFileReader(List.of(new QuizReader(quizzes::set))).read(source);
        file.parts().forEach(Runnable::run);
        return new ReadLesson(file.article(), file.lesson(), quizzes.get());
    }
}
