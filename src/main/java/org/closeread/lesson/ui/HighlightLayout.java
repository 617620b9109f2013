package org.closeread.lesson.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.closeread.article.Annotation;

/**
 * Cuts one block's text into runs, each with the annotations covering it from outermost to innermost.
 * Overlapping annotations that do not nest are split into pieces, so the page can nest its elements.
 */
final class HighlightLayout {

    /** A run of text and the annotations covering it, outermost first. */
    record Run(int start, int end, List<Annotation> covering) {
    }

    private static final Comparator<Annotation> OUTERMOST_FIRST = Comparator
            .comparingInt((Annotation a) -> a.span().start())
            .thenComparing(a -> -a.span().end())
            .thenComparing(Annotation::id);

    private HighlightLayout() {
    }

    static List<Run> runs(String text, List<Annotation> annotations) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (Annotation a : annotations) {
            cuts.add(a.span().start());
            cuts.add(a.span().end());
        }
        List<Run> runs = new ArrayList<>();
        Integer start = cuts.first();
        for (Integer end : cuts.tailSet(start, false)) {
            int from = start;
            List<Annotation> covering = annotations.stream()
                    .filter(a -> a.span().start() <= from && end <= a.span().end())
                    .sorted(OUTERMOST_FIRST)
                    .toList();
            runs.add(new Run(from, end, covering));
            start = end;
        }
        return runs;
    }
}
