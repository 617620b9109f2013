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
            return new Score(0, List.of(new FeedbackLine(Verdict.MISSED, "", "Nothing was written, so there is"
                    + " nothing to check.")));
        }
        List<FeedbackLine> lines = new ArrayList<>();
        int met = 0;
        for (int i = 0; i < rubric.size(); i++) {
            boolean tick = ticked.contains(i);
            met += tick ? 1 : 0;
            lines.add(new FeedbackLine(tick ? Verdict.RIGHT : Verdict.MISSED, rubric.get(i),
                    tick ? "You checked this point off." : "Not met yet, by your own check."));
        }
        return new Score((double) met / rubric.size(), lines);
    }
}
