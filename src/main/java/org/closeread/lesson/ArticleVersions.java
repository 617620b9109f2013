package org.closeread.lesson;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.closeread.article.Article;
import org.closeread.article.Block;

/**
 * Published text never changes in place: stored offsets and answers point into it. A lesson whose
 * article text changed gets its article stored under a new slug ({@code slug.v2}, {@code slug.v3}...),
 * and the old version stays for the attempts made on it.
 */
final class ArticleVersions {

    static final String VERSION_MARK = ".v";

    private ArticleVersions() {
    }

    /**
     * The slug to store the lesson's article under: the current one when its text is unchanged
     * (details, kinds and annotations may still change), else the first slug not {@code taken}.
     */
    static String slugFor(String lessonSlug, Optional<Article> current, List<Block> blocks, Predicate<String> taken) {
        if (current.isPresent() && current.get().hasSameText(blocks)) {
            return current.get().slug();
        }
        if (!taken.test(lessonSlug)) {
            return lessonSlug;
        }
        int version = 2;
        while (taken.test(lessonSlug + VERSION_MARK + version)) {
            version++;
        }
        return lessonSlug + VERSION_MARK + version;
    }
}
