package org.closeread.authoring;

import java.util.Optional;
import org.closeread.lesson.LessonPreviews;
import org.closeread.lesson.LessonReading;
import org.closeread.quiz.QuizPreview;
import org.closeread.quiz.QuizPreviews;
import org.springframework.stereotype.Component;

/** Gives the lesson and quiz views a draft to preview, read as publishing would read it. */
@Component
class DraftPreviews implements LessonPreviews, QuizPreviews {

    private final DraftService drafts;

    DraftPreviews(DraftService drafts) {
        this.drafts = drafts;
    }

    @Override
    public Optional<LessonReading> preview(String slug) {
        return quizPreview(slug).map(QuizPreview::lesson);
    }

    @Override
    public Optional<QuizPreview> quizPreview(String slug) {
        return drafts.files(slug).flatMap(files -> LessonCheck.of(files).lesson());
    }
}
