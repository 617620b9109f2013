package org.closeread.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Single choice: 1 for picking the right option and nothing else, otherwise 0. */
final class SingleChoiceScoring {

    private SingleChoiceScoring() {
    }

    static Score score(List<Option> options, Set<Integer> picks) {
        Set<Integer> chosen = OptionFeedback.inRange(picks, options.size());
        boolean right = chosen.size() == 1 && options.get(chosen.iterator().next()).correct();
        List<FeedbackLine> lines = new ArrayList<>();
        if (chosen.size() > 1) {
            lines.add(FeedbackLine.said(Verdict.WRONG, "", "quiz.feedback.single.one-only", chosen.size()));
        }
        lines.addAll(OptionFeedback.lines(options, chosen));
        return new Score(right ? 1 : 0, lines);
    }
}
