package org.closeread.analysis;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Tells which words might be an inflection of a word on one of our lists, so are worth the
 * lemmatizer's time (it is the slowest step of the analysis). An inflection keeps all but the
 * last two letters of its lemma ("contends", "denied" from "deny", "crises" from "crisis")
 * and adds at most four ("admitting"). A word already in its listed base form needs no lemma.
 */
final class InflectedForms {

    private static final int LONGEST_ENDING = 4;

    private final Set<String> lemmas;
    private final Map<String, Integer> longestWordByBeginning;
    private final int shortestBeginning;
    private final int longestBeginning;

    private InflectedForms(Set<String> lemmas, Map<String, Integer> longestWordByBeginning) {
        this.lemmas = lemmas;
        this.longestWordByBeginning = longestWordByBeginning;
        this.shortestBeginning = longestWordByBeginning.keySet().stream().mapToInt(String::length).min().orElse(0);
        this.longestBeginning = longestWordByBeginning.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    static InflectedForms of(Collection<String> lemmas) {
        Map<String, Integer> longest = new HashMap<>();
        for (String lemma : lemmas) {
            longest.merge(beginning(lemma), lemma.length() + LONGEST_ENDING, Math::max);
        }
        return new InflectedForms(new HashSet<>(lemmas), longest);
    }

    /** "contend" keeps "conte"; short words keep three letters, as "say" in "says". */
    static String beginning(String lemma) {
        return lemma.substring(0, Math.min(lemma.length(), Math.max(3, lemma.length() - 2)));
    }

    boolean mightBeOne(String lower) {
        if (lemmas.contains(lower)) {
            return false;
        }
        for (int k = shortestBeginning; k <= Math.min(longestBeginning, lower.length()); k++) {
            Integer longest = longestWordByBeginning.get(lower.substring(0, k));
            if (longest != null && lower.length() <= longest) {
                return true;
            }
        }
        return false;
    }
}
