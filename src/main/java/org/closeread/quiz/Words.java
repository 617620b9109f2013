package org.closeread.quiz;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.closeread.article.Block;
import org.closeread.article.TextSpan;
import org.closeread.base.WordRule;

/**
 * The words of some blocks. Highlight answers are scored word by word: a mark covers every word it
 * touches, so a selection that starts or ends mid-word or on a space or a quote mark counts the same.
 * A word is what {@link WordRule} says, as for marking: a run of letters, digits and combining marks,
 * with apostrophes inside it ({@code Russia’s}).
 */
final class Words {

    private static final Pattern WORD = WordRule.WORD;

    private final Map<Integer, Block> blocks = new HashMap<>();
    private final Map<Integer, List<TextSpan>> words = new HashMap<>();
    private final Map<TextSpan, Integer> positions = new HashMap<>();

    Words(Collection<Block> blocks) {
        for (Block block : blocks) {
            this.blocks.put(block.index(), block);
            List<TextSpan> found = new ArrayList<>();
            Matcher matcher = WORD.matcher(block.text());
            while (matcher.find()) {
                TextSpan word = new TextSpan(block.index(), matcher.start(), matcher.end());
                positions.put(word, found.size());
                found.add(word);
            }
            words.put(block.index(), found);
        }
    }

    /** The words a span touches; none if the span lies in a block not given. */
    Set<TextSpan> in(TextSpan span) {
        Set<TextSpan> touched = new TreeSet<>();
        for (TextSpan word : words.getOrDefault(span.block(), List.of())) {
            if (word.overlaps(span)) {
                touched.add(word);
            }
        }
        return touched;
    }

    /** The words any of the spans touch, each once, in reading order. */
    Set<TextSpan> in(Collection<TextSpan> spans) {
        Set<TextSpan> touched = new TreeSet<>();
        spans.forEach(span -> touched.addAll(in(span)));
        return touched;
    }

    /** Some of these words as spans: neighbouring words joined into one span, in reading order. */
    List<TextSpan> runs(Collection<TextSpan> some) {
        List<TextSpan> runs = new ArrayList<>();
        TextSpan run = null;
        int last = -1;
        for (TextSpan word : new TreeSet<>(some)) {
            int position = positions.get(word);
            if (run != null && run.block() == word.block() && position == last + 1) {
                run = new TextSpan(run.block(), run.start(), word.end());
            } else {
                if (run != null) {
                    runs.add(run);
                }
                run = word;
            }
            last = position;
        }
        if (run != null) {
            runs.add(run);
        }
        return runs;
    }

    String text(TextSpan span) {
        return blocks.get(span.block()).text().substring(span.start(), span.end());
    }
}
