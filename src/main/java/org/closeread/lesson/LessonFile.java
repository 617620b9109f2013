package org.closeread.lesson;

import java.util.List;
import org.closeread.article.Article;

/**
 * A lesson folder read and checked: the article, the lesson, the files it was read from, and the parts
 * other features store.
 */
public record LessonFile(Article article, Lesson lesson, LessonSource source, List<Runnable> parts) {

    public LessonFile {
        parts = List.copyOf(parts);
    }

    public String contentHash() {
        return source.contentHash();
    }
}
