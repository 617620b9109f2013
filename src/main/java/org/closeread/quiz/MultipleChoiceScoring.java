package org.closeread.quiz;

import java.util.List;
import java.util.Set;

/**
 * Multiple choice: (right options picked − wrong options picked) ÷ number of right options, never
 * below 0. Each wrong pick cancels a right one, so picking everything earns little.
 */
final class MultipleChoiceScoring {

    private MultipleChoiceScoring() {
    }

    static Score score(List<Option> options, Set<Integer> picks) {
        Set<Integer> chosen = OptionFeedback.inRange(picks, options.size());
        long rightOptions = options.stream().filter(Option::correct).count();
        long rightPicks = chosen.stream().filter(i -> options.get(i).correct()).count();
        long wrongPicks = chosen.size() - rightPicks;
        double value = Math.max(0, (double) (rightPicks - wrongPicks) / rightOptions);
        return new Score(value, OptionFeedback.lines(options, chosen));
    }
}
