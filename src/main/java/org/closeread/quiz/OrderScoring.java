package org.closeread.quiz;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Order items: the share of the n − 1 links of the right order ("B comes straight after A") that the
 * student's order keeps. One item put in the wrong place costs only the links around it. The items
 * called out of place are the fewest that would have to move (those off a longest run in right order).
 */
final class OrderScoring {

    private OrderScoring() {
    }

    /** {@code sequence}: item indices in the student's order; repeats and unknown indices are ignored. */
    static Score score(List<String> items, List<Integer> sequence) {
        List<Integer> placed = placed(items.size(), sequence);
        int links = 0;
        for (int i = 0; i + 1 < placed.size(); i++) {
            links += placed.get(i + 1) == placed.get(i) + 1 ? 1 : 0;
        }
        double value = (double) links / (items.size() - 1);
        Set<Integer> inOrder = longestRunInOrder(placed);
        List<FeedbackLine> lines = new ArrayList<>();
        for (int item : placed) {
            lines.add(inOrder.contains(item) ? new FeedbackLine(Verdict.RIGHT, items.get(item), "")
                    : belongs(Verdict.WRONG, "quiz.feedback.order.out-of-place", items, item));
        }
        for (int item = 0; item < items.size(); item++) {
            if (!placed.contains(item)) {
                lines.add(belongs(Verdict.MISSED, "quiz.feedback.order.not-placed", items, item));
            }
        }
        return new Score(value, lines);
    }

    private static List<Integer> placed(int size, List<Integer> sequence) {
        Set<Integer> placed = new LinkedHashSet<>();
        sequence.stream().filter(i -> i != null && i >= 0 && i < size).forEach(placed::add);
        return List.copyOf(placed);
    }

    /** Where the item belongs: {@code key}.first, or {@code key}.after the item before it. */
    private static FeedbackLine belongs(Verdict verdict, String key, List<String> items, int item) {
        return item == 0 ? FeedbackLine.said(verdict, items.get(item), key + ".first")
                : FeedbackLine.said(verdict, items.get(item), key + ".after", items.get(item - 1));
    }

    /** A longest subsequence of {@code placed} in increasing order (the items in the right relative order). */
    private static Set<Integer> longestRunInOrder(List<Integer> placed) {
        int n = placed.size();
        int[] length = new int[n];
        int[] previous = new int[n];
        int best = -1;
        for (int i = 0; i < n; i++) {
            length[i] = 1;
            previous[i] = -1;
            for (int j = 0; j < i; j++) {
                if (placed.get(j) < placed.get(i) && length[j] + 1 > length[i]) {
                    length[i] = length[j] + 1;
                    previous[i] = j;
                }
            }
            if (best < 0 || length[i] > length[best]) {
                best = i;
            }
        }
        Set<Integer> run = new LinkedHashSet<>();
        for (int i = best; i >= 0; i = previous[i]) {
            run.add(placed.get(i));
        }
        return run;
    }
}
