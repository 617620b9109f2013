package org.closeread.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Feedback on every option of a choice question, so students learn from the options they left out too. */
final class OptionFeedback {

    private OptionFeedback() {
    }

    static List<FeedbackLine> lines(List<Option> options, Set<Integer> picks) {
        List<FeedbackLine> lines = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            Option option = options.get(i);
            boolean picked = picks.contains(i);
            Verdict verdict = option.correct() ? (picked ? Verdict.RIGHT : Verdict.MISSED)
                    : (picked ? Verdict.WRONG : Verdict.NOT_CHOSEN);
            lines.add(new FeedbackLine(verdict, option.text(), option.feedback()));
        }
        return lines;
    }

    /** The picks that name an option; any other index names nothing the student saw. */
    static Set<Integer> inRange(Set<Integer> picks, int optionCount) {
        return picks.stream().filter(p -> p >= 0 && p < optionCount).collect(Collectors.toSet());
    }
}
