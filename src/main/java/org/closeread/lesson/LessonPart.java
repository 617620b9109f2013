package org.closeread.lesson;

import java.util.List;
import java.util.Set;
import org.closeread.article.Article;

/**
 * A part of {@code lesson.yaml} that another feature owns (the quiz, a step's exercises). The lesson
 * reader hands it the file's mappings; the part checks them and says how it will store itself once the
 * whole folder is known to be sound. Lets the lesson feature load files without knowing those features.
 */
public interface LessonPart {

    /** Top-level keys of {@code lesson.yaml} this part reads. */
    Set<String> lessonKeys();

    /** Keys inside each step that this part reads. */
    Set<String> stepKeys();

    /**
     * Checks this part, adding problems to {@code root.problems()}, and returns what stores it;
     * the loader runs that only if the whole folder has no problem, inside its transaction.
     */
    Runnable read(YamlMap root, List<YamlMap> steps, Article article, Lesson lesson);
}
