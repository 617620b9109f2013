package org.closeread.lesson;

import java.util.List;
import org.closeread.article.Annotation;
import org.closeread.article.Article;

/** A lesson together with its article: everything the guided reading shows. */
public record LessonReading(Lesson lesson, Article article) {

    /** The annotations revealed up to and including step {@code index}, in reading order. */
    public List<Annotation> annotationsThrough(int index) {
        List<String> ids = lesson.revealedThrough(index);
        return article.annotations().stream().filter(a -> ids.contains(a.id()))
                .sorted((a, b) -> a.span().compareTo(b.span())).toList();
    }
}
