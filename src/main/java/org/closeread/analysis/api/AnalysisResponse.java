package org.closeread.analysis.api;

import java.util.List;
import org.closeread.analysis.ArticleAnalysis;

/** The JSON answer; offsets are Java {@code String} character offsets into the posted text. */
record AnalysisResponse(List<QuoteJson> quotes, List<AttributionJson> attributions, List<VerbJson> verbs,
        List<LoadedJson> loaded, List<SpeakerJson> speakers) {

    record QuoteJson(int start, int end, String text, String form, String speaker, String channel, String verb) {
    }

    /**
     * Who says what: {@code start}/{@code end} cover the source and the cue; {@code cueStart}/{@code cueEnd}
     * the reporting words alone ("said", "according to") and {@code contentStart}/{@code contentEnd} what is
     * said, each null where the text has none (a photo credit has no content).
     */
    record AttributionJson(int start, int end, String text, String speaker, String verb, String stance,
                           Integer cueStart, Integer cueEnd, Integer contentStart, Integer contentEnd) {
    }

    record VerbJson(int start, int end, String text, String stance) {
    }

    record LoadedJson(int start, int end, String text, String voice) {
    }

    record SpeakerJson(String name, int quotes, boolean named, List<String> channels) {
    }

    static AnalysisResponse of(ArticleAnalysis a) {
        return new AnalysisResponse(
                a.quotes().stream().map(q -> new QuoteJson(q.span().start(), q.span().end(), q.text(), q.form().label(),
                        q.speaker() == null ? null : q.speaker().name(), q.channel(), q.verb())).toList(),
                a.attributions().stream().map(t -> new AttributionJson(t.span().start(), t.span().end(), t.text(),
                        t.speaker() == null ? null : t.speaker().name(), t.verb(), t.stance().label(),
                        t.cue() == null ? null : t.cue().start(), t.cue() == null ? null : t.cue().end(),
                        t.content() == null ? null : t.content().start(),
                        t.content() == null ? null : t.content().end())).toList(),
                a.verbs().stream().map(v -> new VerbJson(v.span().start(), v.span().end(), v.text(), v.stance().label()))
                        .toList(),
                a.loaded().stream().map(w -> new LoadedJson(w.span().start(), w.span().end(), w.text(), w.voice().label()))
                        .toList(),
                a.speakers().stream().map(s -> new SpeakerJson(s.name(), s.quotes(), s.named(), s.channels())).toList());
    }
}
