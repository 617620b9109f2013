package org.closeread.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The loaded-language list ({@code loaded-words.txt}), matched by lemma so "escapades" finds
 * "escapade". Proper nouns are skipped: "Press Service" is a name, not pressure.
 */
final class LoadedWords {

    private record Entry(String[] lemmas, String category) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Set<String> stems = new HashSet<>();

    private LoadedWords() {
    }

    static LoadedWords load() {
        LoadedWords words = new LoadedWords();
        String category = "loaded";
        for (String line : WordList.lines("loaded-words.txt")) {
            if (line.startsWith("[") && line.endsWith("]")) {
                category = line.substring(1, line.length() - 1);
            } else {
                String[] lemmas = line.toLowerCase(java.util.Locale.ROOT).split("\\s+");
                words.entries.add(new Entry(lemmas, category));
                Arrays.stream(lemmas).map(WordList::stem).forEach(words.stems::add);
            }
        }
        return words;
    }

    boolean mightMatch(String lower) {
        return stems.contains(WordList.stem(lower));
    }

    List<LoadedWord> find(TaggedText text, List<QuotedText> quotes) {
        List<LoadedWord> found = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            for (int i = 0; i < s.size(); i++) {
                for (Entry entry : entries) {
                    if (matches(s, i, entry)) {
                        Span span = s.span(i, i + entry.lemmas().length);
                        boolean quoted = quotes.stream().anyMatch(q -> q.span().contains(span));
                        found.add(new LoadedWord(span, span.of(text.text()), entry.category(),
                                quoted ? Voice.QUOTED : Voice.REPORTER,
                                "on the loaded-language list (" + entry.category() + "); "
                                        + (quoted ? "inside a quotation, so the speaker's wording"
                                                : "outside quotation marks, so the reporter's own wording")));
                        i += entry.lemmas().length - 1;
                        break;
                    }
                }
            }
        }
        return found;
    }

    private static boolean matches(Sentence s, int i, Entry entry) {
        String[] lemmas = entry.lemmas();
        if (i + lemmas.length > s.size()) {
            return false;
        }
        for (int k = 0; k < lemmas.length; k++) {
            Token t = s.token(i + k);
            if (k == 0 && t.tag().startsWith("PROPN")) {
                return false;
            }
            if (!t.lemma().equals(lemmas[k]) && !t.lower().equals(lemmas[k])) {
                return false;
            }
        }
        return true;
    }
}
