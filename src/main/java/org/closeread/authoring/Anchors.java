package org.closeread.authoring;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.closeread.article.Article;
import org.closeread.article.TextSpan;

/**
 * Between marked spans and the way lesson files anchor text: the exact words, and which occurrence
 * of them when they occur more than once (counted over the whole article, or over a highlight
 * question's blocks). Uses the same search as the lesson file reader, so both agree on every anchor.
 */
public final class Anchors {

    private Anchors() {
    }

    /** The text of a marked span and its occurrence (0 when the text is unique) in the whole article. */
    public static Anchor of(Article article, TextSpan span) {
        return of(article, article.blocks().stream().map(b -> b.index()).toList(), span);
    }

    /** The same, counting only occurrences inside {@code blocks}. */
    public static Anchor of(Article article, Collection<Integer> blocks, TextSpan span) {
        String text = article.text(span);
        List<TextSpan> found = occurrences(article, blocks, text);
        int index = found.indexOf(span);
        if (index < 0) {
            throw new IllegalArgumentException("the span " + span + " lies outside the blocks " + blocks);
        }
        return new Anchor(text, found.size() > 1 ? index + 1 : 0);
    }

    /** Where an anchor lies in the whole article, if it is found there exactly once (or at its occurrence). */
    public static Optional<TextSpan> find(Article article, String text, int occurrence) {
        return find(article, article.blocks().stream().map(b -> b.index()).toList(), text, occurrence);
    }

    public static Optional<TextSpan> find(Article article, Collection<Integer> blocks, String text, int occurrence) {
        List<TextSpan> found = occurrences(article, blocks, text);
        if (occurrence > 0) {
            return occurrence <= found.size() ? Optional.of(found.get(occurrence - 1)) : Optional.empty();
        }
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private static List<TextSpan> occurrences(Article article, Collection<Integer> blocks, String text) {
        return article.occurrences(text).stream().filter(s -> blocks.contains(s.block())).toList();
    }

    /** Anchored text: the words, and their occurrence when they occur more than once (else 0). */
    public record Anchor(String text, int occurrence) {
    }
}
