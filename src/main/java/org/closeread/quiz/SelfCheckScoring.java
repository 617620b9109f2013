package org.closeread.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Written answer, self-checked: the share of rubric points the student ticks as met after seeing the
 * model answer. The app never judges the text itself; a blank answer scores 0 whatever is ticked.
 */
final class SelfCheckScoring {

    private SelfCheckScoring() {
    }

    static Score score(String text, List<String> rubric, Set<Integer> ticked) {
        if (text.isBlank()) {
            return new Score(0, List.of(FeedbackLine.said(Verdict.MISSED, "", "quiz.feedback.self-check.blank")));
        }
        List<FeedbackLine> lines = new ArrayList<>();
        int met = 0;
        for (int i = 0; i < rubric.size(); i++) {
            boolean tick = ticked.contains(i);
            met += tick ? 1 : 0;
            lines.add(FeedbackLine.said(tick ? Verdict.RIGHT : Verdict.MISSED, rubric.get(i),
                    tick ? "quiz.feedback.self-check.met" : "quiz.feedback.self-check.not-met"));
        }
        return new Score((double) met / rubric.size(), lines);
    }
}
