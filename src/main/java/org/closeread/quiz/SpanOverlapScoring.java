package org.closeread.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.closeread.article.TextSpan;

/**
 * Highlight the spans. Each target scores the word-overlap F1 of the marks on it against the accepted
 * wording they come closest to; the score is the mean target F1 times discernment, the share of all
 * marked words that lie on some target or accepted wording. Marking the whole paragraph finds every
 * target but scores low: the point is telling the phrases apart, not suspecting everything.
 */
final class SpanOverlapScoring {

    private final Words words;
    private final List<Target> targets;

    SpanOverlapScoring(Words words, List<Target> targets) {
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("a highlight question needs a target");
        }
        this.words = words;
        this.targets = List.copyOf(targets);
    }

    SpanScore score(List<TextSpan> marks) {
        Set<TextSpan> marked = words.in(marks);
        Set<TextSpan> onTargets = new TreeSet<>();
        Set<TextSpan> missed = new TreeSet<>();
        List<TargetScore> scores = new ArrayList<>();
        for (Target target : targets) {
            Set<TextSpan> zone = words.in(target.accepted());
            Set<TextSpan> markedHere = new TreeSet<>(marked);
            markedHere.retainAll(zone);
            onTargets.addAll(markedHere);
            TargetScore score = closest(target, markedHere);
            scores.add(score);
            Set<TextSpan> unmarked = new TreeSet<>(words.in(score.closest()));
            unmarked.removeAll(marked);
            missed.addAll(unmarked);
        }
        Set<TextSpan> falseMarks = new TreeSet<>(marked);
        falseMarks.removeAll(onTargets);
        double found = scores.stream().mapToDouble(TargetScore::f1).average().orElse(0);
        double discernment = marked.isEmpty() ? 1 : (double) onTargets.size() / marked.size();
        SpanReport report = new SpanReport(scores, words.runs(onTargets), words.runs(missed),
                words.runs(falseMarks), found, discernment);
        return new SpanScore(new Score(found * discernment, feedback(scores, report)), report);
    }

    /** The accepted wording with the best F1 for these marks; on a tie, the earliest (the target itself). */
    private TargetScore closest(Target target, Set<TextSpan> markedHere) {
        TargetScore best = null;
        for (TextSpan wording : target.accepted()) {
            Set<TextSpan> wanted = words.in(wording);
            Set<TextSpan> overlap = new TreeSet<>(wanted);
            overlap.retainAll(markedHere);
            double precision = markedHere.isEmpty() ? 0 : (double) overlap.size() / markedHere.size();
            double recall = (double) overlap.size() / wanted.size();
            double f1 = overlap.isEmpty() ? 0 : 2 * precision * recall / (precision + recall);
            if (best == null || f1 > best.f1()) {
                best = new TargetScore(target.span(), wording, precision, recall, f1);
            }
        }
        return best;
    }

    private List<FeedbackLine> feedback(List<TargetScore> scores, SpanReport report) {
        List<FeedbackLine> lines = new ArrayList<>();
        for (TargetScore score : scores) {
            lines.add(targetLine(score));
        }
        for (TextSpan falseMark : report.falseMarks()) {
            lines.add(FeedbackLine.said(Verdict.WRONG, words.text(falseMark), "quiz.feedback.spans.false-mark"));
        }
        return lines;
    }

    private FeedbackLine targetLine(TargetScore score) {
        String subject = words.text(score.target());
        if (score.f1() == 0) {
            return FeedbackLine.said(Verdict.MISSED, subject, "quiz.feedback.spans.missed");
        }
        if (score.precision() == 1 && score.recall() == 1) {
            return FeedbackLine.said(Verdict.RIGHT, subject, "quiz.feedback.spans.found");
        }
        String note = score.recall() < 1 && score.precision() < 1 ? "quiz.feedback.spans.partly-and-extra"
                : score.recall() < 1 ? "quiz.feedback.spans.partly"
                : "quiz.feedback.spans.extra";
        return FeedbackLine.said(Verdict.PARTLY_RIGHT, subject, note);
    }
}
