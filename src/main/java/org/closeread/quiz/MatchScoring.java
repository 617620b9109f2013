package org.closeread.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Match pairs: the share of left-hand items given their right choice. Choices are compared by text,
 * so two quotes relayed by the same channel can both be matched to it.
 */
final class MatchScoring {

    private MatchScoring() {
    }

    /** {@code chosen}: for each left index the student matched, the text of the choice they put beside it. */
    static Score score(List<MatchPair> pairs, Map<Integer, String> chosen) {
        List<FeedbackLine> lines = new ArrayList<>();
        int right = 0;
        for (int i = 0; i < pairs.size(); i++) {
            MatchPair pair = pairs.get(i);
            String choice = chosen.get(i);
            if (choice == null) {
                lines.add(FeedbackLine.said(Verdict.MISSED, pair.left(), "quiz.feedback.match.not-matched", pair.right()));
            } else if (choice.equals(pair.right())) {
                right++;
                lines.add(new FeedbackLine(Verdict.RIGHT, pair.left() + " → " + choice, ""));
            } else {
                lines.add(FeedbackLine.said(Verdict.WRONG, pair.left() + " → " + choice, "quiz.feedback.match.goes-with",
                        pair.right()));
            }
        }
        return new Score((double) right / pairs.size(), lines);
    }
}
