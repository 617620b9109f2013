package org.closeread.analysis;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Tells which words might be a regular inflection of a word on one of our lists, so are worth
 * the lemmatizer's time (a costly step). A regular inflection starts with its lemma, less a
 * final "e", "y" or "is" ("contends", "noting", "denied", "crises"), and adds at most four
 * letters ("admitting"); irregular forms are listed with their verb. A word already in its
 * listed base form needs no lemma.
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

    /** What every regular inflection of the lemma starts with. */
    static String beginning(String lemma) {
        if (lemma.endsWith("is") && lemma.length() > 3) {
            return lemma.substring(0, lemma.length() - 2); // crisis, crises
        }
        if ((lemma.endsWith("e") || lemma.endsWith("y")) && lemma.length() > 2) {
            return lemma.substring(0, lemma.length() - 1); // note, noting; deny, denied
        }
        return lemma;
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
