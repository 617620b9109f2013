package org.closeread.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything the analyser found in one text, each with offsets into that text. */
public record ArticleAnalysis(String text, List<Quote> quotes, List<Attribution> attributions, List<VerbUse> verbs,
        List<LoadedWord> loaded, List<QuotedSpeaker> speakers) {

    /** The findings as annotation suggestions, in text order. */
    public List<Suggestion> suggestions() {
        List<Suggestion> all = new ArrayList<>();
        for (Quote q : quotes) {
            Map<String, String> facts = new LinkedHashMap<>();
            facts.put("form", q.form().label());
            put(facts, "speaker", q.speaker() == null ? null : q.speaker().name());
            put(facts, "channel", q.channel());
            put(facts, "verb", q.verb());
            all.add(new Suggestion(Lens.QUOTE, q.span(), q.text(), facts, q.reason()));
        }
        for (Attribution a : attributions) {
            Map<String, String> facts = new LinkedHashMap<>();
            put(facts, "source", a.speaker() == null ? null : a.speaker().name());
            facts.put("named", String.valueOf(a.speaker() != null && a.speaker().named()));
            put(facts, "channel", a.channel());
            put(facts, "verb", a.verb());
            facts.put("stance", a.stance().label());
            all.add(new Suggestion(Lens.SOURCE, a.span(), a.text(), facts, a.reason()));
        }
        for (LoadedWord w : loaded) {
            all.add(new Suggestion(Lens.FRAMING, w.span(), w.text(),
                    Map.of("voice", w.voice().label(), "category", w.category(), "confidence", "low"), w.reason()));
        }
        all.sort(Comparator.comparing(Suggestion::span));
        return List.copyOf(all);
    }

    private static void put(Map<String, String> facts, String key, String value) {
        if (value != null) {
            facts.put(key, value);
        }
    }
}
