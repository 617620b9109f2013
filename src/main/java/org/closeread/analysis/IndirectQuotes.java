package org.closeread.analysis;

import java.util.ArrayList;
import java.util.List;

/** "X said that …", "X has accused Y of …": the speaker's point in the reporter's words. */
final class IndirectQuotes {

    private IndirectQuotes() {
    }

    static List<Quote> of(List<Attribution> attributions, List<QuotedText> marked, String text) {
        List<Quote> quotes = new ArrayList<>();
        for (Attribution a : attributions) {
            Span content = a.content();
            if (content == null || a.speaker() == null
                    || marked.stream().anyMatch(q -> q.span().contains(a.cue()) || q.span().contains(content))) {
                continue;
            }
            quotes.add(new Quote(content, content.of(text), QuoteForm.INDIRECT, a.speaker(), a.channel(), a.verb(),
                    a.stance(), false, "reported speech after \"" + a.text() + "\""));
        }
        return quotes;
    }
}
