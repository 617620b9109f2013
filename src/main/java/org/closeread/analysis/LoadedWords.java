package org.closeread.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The loaded-language list ({@code loaded-words.txt}), matched by lemma so "escapades" finds
 * "escapade". Proper nouns are skipped: "Press Service" is a name, not pressure.
 */
final class LoadedWords {

    /** {@code order} is the line in the list: when two entries match, the earlier one wins. */
    private record Entry(String[] lemmas, String category, int order) {
    }

    /** Entries by their first word, so each token is checked against a handful, not the whole list. */
    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();
    private InflectedForms inflected;

    private LoadedWords() {
    }

    static LoadedWords load() {
        LoadedWords words = new LoadedWords();
        List<String> allLemmas = new ArrayList<>();
        String category = "loaded";
        int order = 0;
        for (String line : WordList.lines("loaded-words.txt")) {
            if (line.startsWith("[") && line.endsWith("]")) {
                category = line.substring(1, line.length() - 1);
            } else {
                String[] lemmas = line.toLowerCase(Locale.ROOT).split("\\s+");
                words.byFirstWord.computeIfAbsent(lemmas[0], k -> new ArrayList<>())
                        .add(new Entry(lemmas, category, order++));
                allLemmas.addAll(Arrays.asList(lemmas));
            }
        }
        words.inflected = InflectedForms.of(allLemmas);
        return words;
    }

    boolean mightMatch(String lower) {
        return inflected.mightBeOne(lower);
    }

    List<LoadedWord> find(TaggedText text, List<QuotedText> quotes) {
        List<LoadedWord> found = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            for (int i = 0; i < s.size(); i++) {
                Entry entry = firstMatch(s, i);
                if (entry == null) {
                    continue;
                }
                Span span = s.span(i, i + entry.lemmas().length);
                boolean quoted = quotes.stream().anyMatch(q -> q.span().contains(span));
                found.add(new LoadedWord(span, span.of(text.text()), entry.category(),
                        quoted ? Voice.QUOTED : Voice.REPORTER,
                        "on the loaded-language list (" + entry.category() + "); "
                                + (quoted ? "inside a quotation, so the speaker's wording"
                                        : "outside quotation marks, so the reporter's own wording")));
                i += entry.lemmas().length - 1;
            }
        }
        return found;
    }

    private Entry firstMatch(Sentence s, int i) {
        Token t = s.token(i);
        String lower = t.lower();
        Entry best = null;
        for (String first : lower.equals(t.lemma()) ? List.of(lower) : List.of(t.lemma(), lower)) {
            for (Entry entry : byFirstWord.getOrDefault(first, List.of())) {
                if ((best == null || entry.order() < best.order()) && matches(s, i, entry)) {
                    best = entry;
                }
            }
        }
        return best;
    }

    private static boolean matches(Sentence s, int i, Entry entry) {
        String[] lemmas = entry.lemmas();
        if (i + lemmas.length > s.size() || s.token(i).tag().startsWith("PROPN")) {
            return false;
        }
        for (int k = 0; k < lemmas.length; k++) {
            Token t = s.token(i + k);
            if (!t.lemma().equals(lemmas[k]) && !t.lower().equals(lemmas[k])) {
                return false;
            }
        }
        return true;
    }
}
