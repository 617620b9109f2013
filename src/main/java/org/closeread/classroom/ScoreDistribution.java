package org.closeread.classroom;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * How many students scored in each tenth of the scale: 0–9%, 10–19% … 80–89%, and 90–100% (full marks
 * share the top bar).
 */
public record ScoreDistribution(List<Bucket> buckets) {

    /** Scores {@code from}–{@code to} percent, both included, and how many students had one. */
    public record Bucket(int from, int to, int students) {

        public String label() {
            return from + "–" + to + "%";
        }
    }

    public ScoreDistribution {
        buckets = List.copyOf(buckets);
    }

    public static ScoreDistribution of(Collection<Integer> percents) {
        int[] counts = new int[10];
        for (int percent : percents) {
            if (percent < 0 || percent > 100) {
                throw new IllegalArgumentException("a score is a percentage, not " + percent);
            }
            counts[Math.min(9, percent / 10)]++;
        }
        List<Bucket> buckets = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            buckets.add(new Bucket(i * 10, i == 9 ? 100 : i * 10 + 9, counts[i]));
        }
        return new ScoreDistribution(buckets);
    }

    public int students() {
        return buckets.stream().mapToInt(Bucket::students).sum();
    }

    /** The tallest bar's count (at least 1), which scales the chart. */
    public int largest() {
        return Math.max(1, buckets.stream().mapToInt(Bucket::students).max().orElse(0));
    }
}
