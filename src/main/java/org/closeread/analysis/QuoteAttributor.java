package org.closeread.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Decides who said each quotation, in the order a reader would look: the attribution right
 * after it ("…," he said) or right before it (X said: "…"), then one in the same sentence,
 * then the quotation it carries on, then the paragraph, and last the same words quoted
 * elsewhere with a source (a standfirst often cuts a quotation given in full below).
 */
final class QuoteAttributor {

    private final TaggedText text;
    private final List<Attribution> attributions;
    private final List<QuotedText> found;

    QuoteAttributor(TaggedText text, List<Attribution> attributions, List<QuotedText> found) {
        this.text = text;
        this.attributions = attributions.stream().filter(a -> !a.lemma().equals("photo")).toList();
        this.found = found;
    }

    List<Quote> attribute() {
        List<Quote> quotes = new ArrayList<>();
        for (QuotedText q : found) {
            Quote quote = new Quote(q.span(), q.span().of(text.text()), form(q), null, null, null, null,
                    q.depth() > 0, "text between quotation marks");
            quotes.add(withSpeaker(quote, q, quotes));
        }
        List<Quote> repeated = new ArrayList<>();
        for (Quote quote : quotes) {
            repeated.add(quote.speaker() == null ? fromRepetition(quote, quotes) : quote);
        }
        return repeated;
    }

    private Quote withSpeaker(Quote quote, QuotedText q, List<Quote> earlier) {
        if (q.depth() > 0) {
            Quote outer = enclosing(q, earlier);
            return outer == null || outer.speaker() == null ? quote
                    : quote.attributedTo(outer.speaker(), null, outer.verb(), outer.stance(),
                            "inside " + outer.speaker().name() + "'s quotation");
        }
        Attribution a = adjacentAfter(q);
        String why = "the attribution right after it";
        if (a == null) {
            a = adjacentBefore(q);
            why = "the attribution right before it";
        }
        if (a == null) {
            a = inSentence(q);
            why = "the attribution in the same sentence";
        }
        if (a != null && a.speaker() != null) {
            return from(quote, a, why);
        }
        Quote previous = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
        if (q.continues() && previous != null && previous.speaker() != null) {
            return quote.attributedTo(previous.speaker(), previous.channel(), previous.verb(), previous.stance(),
                    "carries on " + previous.speaker().name() + "'s quotation from the paragraph before");
        }
        int paragraph = text.paragraphAt(q.span().start());
        if (previous != null && previous.speaker() != null && !previous.nested()
                && text.paragraphAt(previous.span().start()) == paragraph) {
            return quote.attributedTo(previous.speaker(), previous.channel(), previous.verb(), previous.stance(),
                    "follows " + previous.speaker().name() + "'s quotation in the same paragraph");
        }
        Attribution inParagraph = inParagraph(q, paragraph);
        if (inParagraph != null) {
            return from(quote, inParagraph, "the attribution in the same paragraph");
        }
        if (previous != null && previous.speaker() != null && !previous.nested() && wholeParagraph(q, paragraph)
                && text.paragraphAt(previous.span().start()) == paragraph - 1 && noAttributionBetween(previous, q)) {
            // "“…,” said coach Anna Berg. / “The team has worked hard.”": the next paragraph is her too
            return quote.attributedTo(previous.speaker(), previous.channel(), previous.verb(), previous.stance(),
                    "a paragraph that is only a quotation carries on " + previous.speaker().name()
                            + "'s quotation from the paragraph before");
        }
        return quote;
    }

    private boolean wholeParagraph(QuotedText q, int paragraph) {
        if (paragraph < 0) {
            return false;
        }
        Span p = text.paragraphs().get(paragraph);
        return p.of(text.text()).strip().equals(q.span().of(text.text()).strip());
    }

    private boolean noAttributionBetween(Quote previous, QuotedText q) {
        return attributions.stream().noneMatch(a -> a.span().start() >= previous.span().end()
                && a.span().start() < q.span().start()
                && (a.speaker() == null || !a.speaker().name().equals(previous.speaker().name())));
    }

    private Quote from(Quote quote, Attribution a, String why) {
        String reason = why + ": \"" + a.text() + "\"";
        Speaker who = a.speaker();
        if (who.named() && who.mention() != null && !who.mention().contains(lastWord(who.name()))) {
            reason += "; \"" + who.mention() + "\" is " + who.name(); // "he", "China's defence minister"
        }
        if (a.channel() != null) {
            reason += a.channel().equals("unnamed") ? "; passed on by someone the text does not name"
                    : "; passed on by " + a.channel();
        }
        return quote.attributedTo(a.speaker(), a.channel(), a.verb(), a.stance(), reason);
    }

    private Attribution adjacentAfter(QuotedText q) {
        for (Attribution a : attributions) {
            if (a.span().start() >= q.span().end() && outsideQuotes(a)) {
                String between = text.text().substring(q.span().end(), a.span().start());
                return between.matches("[\\s,:;]*") && samePlace(q.span().end() - 1, a.span().start()) ? a : null;
            }
        }
        return null;
    }

    private Attribution adjacentBefore(QuotedText q) {
        Attribution last = null;
        for (Attribution a : attributions) {
            if (a.span().end() <= q.span().start() && outsideQuotes(a)) {
                last = a;
            }
        }
        if (last == null) {
            return null;
        }
        return text.text().substring(last.span().end(), q.span().start()).matches("[\\s,:;—–-]*")
                && samePlace(last.span().start(), q.span().start()) ? last : null;
    }

    /** Both offsets in one paragraph: a standfirst never takes the source of the paragraph below. */
    private boolean samePlace(int a, int b) {
        return text.paragraphAt(a) == text.paragraphAt(b);
    }

    private Attribution inSentence(QuotedText q) {
        Sentence first = text.sentenceAt(q.span().start());
        Sentence last = text.sentenceAt(Math.max(q.span().start(), q.span().end() - 1));
        Attribution before = null;
        for (Attribution a : attributions) {
            if (first != null && first.span().contains(a.cue().start()) && a.cue().end() <= q.span().start()
                    && outsideQuotes(a) && a.speaker() != null) {
                before = a;
            }
        }
        if (before != null) {
            return before;
        }
        for (Attribution a : attributions) {
            Sentence s = last != null ? last : first;
            if (s != null && s.span().contains(a.cue().start()) && a.cue().start() >= q.span().end()
                    && outsideQuotes(a) && a.speaker() != null) {
                return a;
            }
        }
        return null;
    }

    private Attribution inParagraph(QuotedText q, int paragraph) {
        Attribution nearest = null;
        int distance = Integer.MAX_VALUE;
        for (Attribution a : attributions) {
            if (paragraph >= 0 && text.paragraphAt(a.cue().start()) == paragraph && outsideQuotes(a)
                    && a.speaker() != null) {
                int d = Math.abs(a.cue().start() - q.span().start());
                if (d < distance) {
                    nearest = a;
                    distance = d;
                }
            }
        }
        return nearest;
    }

    private boolean outsideQuotes(Attribution a) {
        return found.stream().noneMatch(q -> q.span().contains(a.cue()));
    }

    private static Quote enclosing(QuotedText q, List<Quote> earlier) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            if (earlier.get(i).span().contains(q.span()) && !earlier.get(i).span().equals(q.span())) {
                return earlier.get(i);
            }
        }
        return null;
    }

    private static Quote fromRepetition(Quote quote, List<Quote> quotes) {
        String words = words(quote.text());
        if (words.length() < 8) {
            return quote;
        }
        for (Quote other : quotes) {
            if (other != quote && other.speaker() != null && words(other.text()).contains(words)) {
                return quote.attributedTo(other.speaker(), other.channel(), other.verb(), other.stance(),
                        "the same words are quoted from " + other.speaker().name() + " elsewhere in the article");
            }
        }
        return quote;
    }

    private static String lastWord(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    private static String words(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    /**
     * A quotation that goes on after its attribution: the one before it ended with a comma
     * inside its marks, and only the cue and a comma stand between them.
     */
    private boolean resumes(QuotedText q) {
        for (QuotedText before : found) {
            if (before.depth() == 0 && before.span().end() <= q.span().start() && q.span().start() - before.span().end() <= 60) {
                String quoted = before.span().of(text.text()).replaceAll("[\\p{Pi}\\p{Pf}\"'«»‹›\\s]+$", "");
                String between = text.text().substring(before.span().end(), q.span().start());
                String opening = quoted.replaceAll("^[\\p{Pi}\\p{Pf}\"'«»‹›\\s]+", "");
                if (quoted.endsWith(",") && !opening.isEmpty() && Character.isUpperCase(opening.codePointAt(0))
                        && between.matches("\\s+[^\"“”.!?;:\\n]+,\\s*")
                        && between.strip().split("\\s+").length <= 6 && q.depth() == 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private QuoteForm form(QuotedText q) {
        String inner = q.span().of(text.text()).replaceAll("^[\\p{Pi}\\p{Pf}\"'«»‹›\\s]+", "");
        if (!inner.isEmpty() && resumes(q)) {
            return QuoteForm.DIRECT; // "“We are ready,” said Anna Berg, “and the team …”": one quotation, cut by its cue
        }
        if (inner.isEmpty() || !Character.isUpperCase(inner.codePointAt(0)) && !inner.startsWith("[") && !inner.startsWith("…")
                && !inner.startsWith("...")) {
            return QuoteForm.PARTIAL;
        }
        int before = q.span().start() - 1;
        while (before >= 0 && Character.isWhitespace(text.text().charAt(before))) {
            before--;
        }
        char c = before < 0 ? '\n' : text.text().charAt(before);
        boolean opensStatement = before < 0 || ",:;.!?—–-•\n".indexOf(c) >= 0 || QuoteMarks.isMark(c)
                || text.paragraphAt(q.span().start()) != text.paragraphAt(Math.max(0, before))
                || q.continues();
        return opensStatement && inner.split("\\s+").length >= 3 ? QuoteForm.DIRECT : QuoteForm.PARTIAL;
    }
}
