package org.closeread.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * The GUM Wikinews documents divided into a tuning set (rules may be written after reading its
 * misses) and a test set (never read for misses; it only gives the numbers we report). The
 * draw: the 20 names sorted, shuffled with {@code java.util.Random(SEED)}, the first 12 for
 * tuning. Made on 2026-11-29 before any result was looked at; see docs/analysis-quality.md.
 */
final class CorpusSplit {

    static final long SEED = 20261129L;
    static final int TUNING_SIZE = 12;

    private CorpusSplit() {
    }

    /** The names (e.g. "afghan", without "GUM_news_") drawn for tuning. */
    static Set<String> tuning(List<String> names) {
        return new TreeSet<>(shuffled(names).subList(0, Math.min(TUNING_SIZE, names.size())));
    }

    /** The rest: the test set. */
    static Set<String> test(List<String> names) {
        List<String> shuffled = shuffled(names);
        return new TreeSet<>(shuffled.subList(Math.min(TUNING_SIZE, names.size()), shuffled.size()));
    }

    private static List<String> shuffled(List<String> names) {
        List<String> sorted = new ArrayList<>(new TreeSet<>(names));
        Collections.shuffle(sorted, new Random(SEED));
        return sorted;
    }

    static String shortName(String documentName) {
        return documentName.replaceFirst("^GUM_news_", "");
    }
}
