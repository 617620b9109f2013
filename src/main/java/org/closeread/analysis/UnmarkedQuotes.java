package org.closeread.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * "The Church denied these allegations: She certainly wasn't …" — a source and a colon
 * introduce the speaker's words set off without quotation marks (a block quotation). The
 * words run to the end of the paragraph, or to the sentence before the next attribution:
 * "They also claimed …" is the reporter talking about the speaker again, not the speaker.
 */
final class UnmarkedQuotes {

    /** Between the attribution and its colon: a few words ("in a statement"), no sentence end, no quotation. */
    private static final Pattern UP_TO_THE_COLON = Pattern.compile("[^.!?\"“”‘’«»]{0,60}");

    private UnmarkedQuotes() {
    }

    static List<Quote> of(TaggedText text, List<Attribution> attributions, List<QuotedText> marked) {
        List<Quote> quotes = new ArrayList<>();
        String t = text.text();
        for (Attribution a : attributions) {
            int paragraph = text.paragraphAt(a.span().start());
            int colon = t.indexOf(':', a.cue().end());
            if (a.speaker() == null || paragraph < 0 || colon < 0
                    || !UP_TO_THE_COLON.matcher(t.substring(a.span().end(), colon)).matches()) {
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
            Span span = new Span(start, untilTheReporterSpeaks(text, attributions, marked, start, in));
            if (marked.stream().anyMatch(q -> q.span().overlaps(span) && q.depth() == 0 && q.span().length() > span.length() / 2)) {
                continue;
            }
            quotes.add(new Quote(span, span.of(t), QuoteForm.DIRECT, a.speaker(), a.channel(), a.verb(), a.stance(),
                    false, "set off by a colon after \"" + a.text() + "\", without quotation marks"));
        }
        return quotes;
    }

    /** The end of the last sentence before one that holds an attribution of its own, else the paragraph's end. */
    static int untilTheReporterSpeaks(TaggedText text, List<Attribution> attributions, List<QuotedText> marked,
            int start, Span paragraph) {
        int end = paragraph.end();
        for (Sentence s : text.sentences()) {
            if (s.span().start() <= start || !paragraph.contains(s.span().start())) {
                continue;
            }
            boolean attributes = attributions.stream().anyMatch(a -> s.span().contains(a.cue())
                    && marked.stream().noneMatch(q -> q.span().contains(a.cue())));
            if (attributes) {
                end = s.span().start();
                break;
            }
        }
        String t = text.text();
        while (end > start && Character.isWhitespace(t.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
