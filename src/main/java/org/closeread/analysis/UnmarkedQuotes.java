package org.closeread.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * "The Church denied these allegations: She certainly wasn't …" — a source and a colon
 * introduce the speaker's words set off without quotation marks (a block quotation).
 */
final class UnmarkedQuotes {

    private UnmarkedQuotes() {
    }

    static List<Quote> of(TaggedText text, List<Attribution> attributions, List<QuotedText> marked) {
        List<Quote> quotes = new ArrayList<>();
        String t = text.text();
        for (Attribution a : attributions) {
            int paragraph = text.paragraphAt(a.span().start());
            int colon = t.indexOf(':', a.cue().end());
            if (a.speaker() == null || paragraph < 0 || colon < 0
                    || !t.substring(a.span().end(), colon).matches("[^.!?\"“”‘’«»]{0,60}")) {
                continue;
            }
            int start = colon + 1;
            Span in = text.paragraphs().get(paragraph);
            while (start < in.end() && Character.isWhitespace(t.charAt(start))) {
                start++;
            }
            if (start >= in.end() || QuoteMarks.isMark(t.charAt(start)) || !Character.isUpperCase(t.charAt(start))) {
                continue;
            }
            Span span = new Span(start, in.end());
            if (marked.stream().anyMatch(q -> q.span().overlaps(span) && q.depth() == 0 && q.span().length() > span.length() / 2)) {
                continue;
            }
            quotes.add(new Quote(span, span.of(t), QuoteForm.DIRECT, a.speaker(), a.channel(), a.verb(), a.stance(),
                    false, "set off by a colon after \"" + a.text() + "\", without quotation marks"));
        }
        return quotes;
    }
}
