package org.closeread.quiz;

import java.util.List;
import org.closeread.article.TextSpan;

/**
 * The detail of a highlight answer, for painting it on the article: per target scores; hits (marked
 * words on a target or an accepted wording), misses (unmarked words of the wording each target was
 * scored against) and false marks (marked words on no target), each as merged spans. {@code found} is
 * the mean target F1, {@code discernment} the share of marked words that lie on some target.
 */
public record SpanReport(List<TargetScore> targets, List<TextSpan> hits, List<TextSpan> misses,
                         List<TextSpan> falseMarks, double found, double discernment) {

    public SpanReport {
        targets = List.copyOf(targets);
        hits = List.copyOf(hits);
        misses = List.copyOf(misses);
        falseMarks = List.copyOf(falseMarks);
    }
}
