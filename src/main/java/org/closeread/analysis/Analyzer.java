package org.closeread.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Analyses an article's text (paragraphs separated by blank lines) into annotation
 * suggestions. Thread-safe and cheap to share: the word lists are read once here and the
 * OpenNLP models once per process, on first use.
 */
public final class Analyzer {

    private final ReportingVerbs verbs = ReportingVerbs.load();
    private final LoadedWords loadedWords = LoadedWords.load();

    public ArticleAnalysis analyze(String text) {
        var tagger = new Tagger(EnglishModels.get(), w -> verbs.mightMatch(w) || loadedWords.mightMatch(w));
        TaggedText tagged = tagger.tag(text);
        List<QuotedText> marked = QuoteFinder.find(text, tagged.paragraphs());
        SpeakerNames names = SpeakerNames.of(tagged);
        List<Attribution> found = new AttributionFinder(verbs).find(tagged, names, marked);
        List<Attribution> attributions = SpeakerResolver.resolve(
                DescribedSpeakers.resolve(found, tagged, names), tagged, names, marked);
        List<Quote> quotes = new ArrayList<>(new QuoteAttributor(tagged, attributions, marked).attribute());
        quotes.addAll(IndirectQuotes.of(attributions, marked, text));
        quotes.addAll(UnmarkedQuotes.of(tagged, attributions, marked));
        quotes.addAll(SignedQuotes.unmarked(tagged, attributions, marked));
        quotes.addAll(RepeatedQuotes.of(tagged, quotes));
        quotes.sort(Comparator.comparing(Quote::span));
        List<VerbUse> verbUses = attributions.stream()
                .filter(a -> a.verb() != null && !a.lemma().equals("photo"))
                .map(a -> new VerbUse(a.cue(), a.cue().of(text), a.lemma(), a.stance())).toList();
        return new ArticleAnalysis(text, List.copyOf(quotes), attributions, verbUses,
                loadedWords.find(tagged, marked), WhoIsQuoted.of(quotes));
    }
}
