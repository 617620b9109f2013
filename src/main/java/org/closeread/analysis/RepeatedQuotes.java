package org.closeread.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * News pages repeat quotations: a pull quote or standfirst gives words that the body quotes
 * again. Where one copy has lost its quotation marks, it is found by its words: eight or more
 * words in a row, the same as a quotation whose speaker we know, are that quotation again.
 */
final class RepeatedQuotes {

    /** Shorter runs ("the future of the country") recur in a reporter's own sentences. */
    static final int FEWEST_WORDS = 8;

    private RepeatedQuotes() {
    }

    static List<Quote> of(TaggedText text, List<Quote> found) {
        List<Token> words = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            for (Token t : s.tokens()) {
                if (!t.isPunctuation()) {
                    words.add(t);
                }
            }
        }
        List<Quote> repeated = new ArrayList<>();
        for (Quote quote : found) {
            if (quote.speaker() == null || quote.nested() || quote.form() == QuoteForm.INDIRECT) {
                continue;
            }
            List<String> quoted = wordsIn(words, quote.span());
            if (quoted.size() < FEWEST_WORDS) {
                continue;
            }
            for (int i = 0; i + quoted.size() <= words.size(); i++) {
                if (!sameWords(words, i, quoted)) {
                    continue;
                }
                Span span = new Span(words.get(i).span().start(), sentenceEnd(text, words.get(i + quoted.size() - 1)));
                if (found.stream().noneMatch(q -> q.form() != QuoteForm.INDIRECT && q.span().overlaps(span))
                        && repeated.stream().noneMatch(q -> q.span().overlaps(span))) {
                    repeated.add(new Quote(span, span.of(text.text()), quote.form(), quote.speaker(), quote.channel(),
                            quote.verb(), quote.stance(), false, "repeats word for word " + quote.speaker().name()
                                    + "'s quotation elsewhere in the article, without its quotation marks"));
                }
                i += quoted.size() - 1;
            }
        }
        return repeated;
    }

    private static List<String> wordsIn(List<Token> words, Span span) {
        return words.stream().filter(t -> span.contains(t.span())).map(Token::lower).toList();
    }

    private static boolean sameWords(List<Token> words, int from, List<String> quoted) {
        for (int k = 0; k < quoted.size(); k++) {
            if (!words.get(from + k).lower().equals(quoted.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** The last word's end, or the full stop right after it: a repeated sentence keeps its end. */
    private static int sentenceEnd(TaggedText text, Token last) {
        int end = last.span().end();
        String t = text.text();
        return end < t.length() && ".!?".indexOf(t.charAt(end)) >= 0 ? end + 1 : end;
    }
}
