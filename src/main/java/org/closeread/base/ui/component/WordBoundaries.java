package org.closeread.base.ui.component;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.closeread.base.WordRule;
import org.closeread.base.ui.component.SpanMarker.Mark;

/**
 * The words of one text as the span marker sees them, by CloseRead's one word rule ({@link WordRule}):
 * the browser (frontend/src/span-marker.ts) and highlight scoring use the same, so the server, the page
 * and the score agree on where a mark ends.
 */
public final class WordBoundaries implements Serializable {

    private static final Pattern WORD = WordRule.WORD;

    private final int length;
    private final int[] starts;
    private final int[] ends;

    private WordBoundaries(int length, int[] starts, int[] ends) {
        this.length = length;
        this.starts = starts;
        this.ends = ends;
    }

    public static WordBoundaries of(String text) {
        List<MatchResult> words = WORD.matcher(text).results().toList();
        return new WordBoundaries(text.length(),
                words.stream().mapToInt(MatchResult::start).toArray(),
                words.stream().mapToInt(MatchResult::end).toArray());
    }

    public int wordCount() {
        return starts.length;
    }

    /** Where word {@code word} (counted from 0) starts, as a character offset into the text. */
    public int start(int word) {
        return starts[word];
    }

    /** Where word {@code word} ends (exclusive). */
    public int end(int word) {
        return ends[word];
    }

    /**
     * The mark from the start of the first word to the end of the last word that {@code mark}
     * touches; empty when it touches no word or reaches past the end of the text.
     */
    public Optional<Mark> snap(Mark mark) {
        if (mark.end() > length) {
            return Optional.empty();
        }
        int first = 0;
        while (first < ends.length && ends[first] <= mark.start()) {
            first++;
        }
        int last = first - 1;
        while (last + 1 < starts.length && starts[last + 1] < mark.end()) {
            last++;
        }
        if (last < first) {
            return Optional.empty();
        }
        return Optional.of(new Mark(mark.block(), starts[first], ends[last]));
    }
}
