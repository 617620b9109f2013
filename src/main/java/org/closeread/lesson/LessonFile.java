package org.closeread.lesson;

import java.util.List;
import org.closeread.article.Article;

/** A lesson folder read and checked: the article, the lesson, and the parts other features store. */
public record LessonFile(Article article, Lesson lesson, String contentHash, List<Runnable> parts) {

    public LessonFile {
        parts = List.copyOf(parts);
    }
}
