package org.closeread.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A pull quote or block quotation signed at the end of its paragraph with the speaker's name:
 * "“So far, it's the Internet: 1 …” - Matthew Ingram", "“…” — Jane Doe, union president".
 * Where the layout's quotation marks were lost ("I was hauled in … . Valeska Paris"), the
 * words count as a quotation only when they speak in the first person and the name stands
 * alone: that tells a speaker's words from a photo caption followed by its photographer.
 */
final class SignedQuotes {

    static final String LEMMA = "signature";

    private static final Set<String> DASHES = Set.of("-", "--", "–", "—", "―");
    private static final Set<String> FIRST_PERSON = Set.of("i", "me", "my", "mine", "we", "our", "ours");
    private static final int LONGEST_NAME = 4;
    private static final int LONGEST_DESCRIPTION = 5;
    private static final int FEWEST_WORDS = 6;

    private SignedQuotes() {
    }

    /** The signature ending the paragraph that {@code s} ends, if the paragraph is a signed quotation. */
    static Optional<Attribution> signature(TaggedText text, Sentence s, SpeakerNames names, List<QuotedText> quotes) {
        if (!endsItsParagraph(text, s)) {
            return Optional.empty();
        }
        int nameEnd = descriptionStart(s);
        int from = nameEnd;
        while (from > 0 && nameEnd - from < LONGEST_NAME && isNameWord(s.token(from - 1))) {
            from--;
        }
        if (nameEnd - from < 2) {
            return Optional.empty(); // a first name and a surname at least
        }
        boolean dash = from > 0 && DASHES.contains(s.token(from - 1).text());
        int start = dash ? from - 1 : from;
        String t = text.text();
        int wordsEnd = start > 0 ? s.token(start - 1).span().end() : lastNonSpaceBefore(t, s.token(start).span().start());
        Span paragraph = text.paragraphs().get(text.paragraphAt(s.span().start()));
        if (wordsEnd <= paragraph.start()) {
            return Optional.empty();
        }
        Span words = new Span(paragraph.start(), wordsEnd);
        boolean marked = quotes.stream().anyMatch(q -> q.depth() == 0 && q.span().equals(words));
        Span span = s.span(start, s.size());
        String name = s.span(from, nameEnd).of(t);
        Speaker speaker = new Speaker(names.complete(name), true, name);
        boolean signsUnmarkedWords = !marked && (from == 0 || dash)
                && spokenInFirstPerson(text, words, quotes, speaker, names);
        if (!marked && !signsUnmarkedWords) {
            return Optional.empty();
        }
        return Optional.of(new Attribution(span, span.of(t), speaker, null, LEMMA, Stance.NEUTRAL, null, span, null,
                "the name signs the " + (marked ? "quotation" : "first-person words") + " before it, as under a pull quote"));
    }

    /** The signed words themselves, where they carry no quotation marks. */
    static List<Quote> unmarked(TaggedText text, List<Attribution> attributions, List<QuotedText> quotes) {
        List<Quote> found = new ArrayList<>();
        for (Attribution a : attributions) {
            if (!a.lemma().equals(LEMMA)) {
                continue;
            }
            Span paragraph = text.paragraphs().get(text.paragraphAt(a.span().start()));
            Span words = new Span(paragraph.start(), lastNonSpaceBefore(text.text(), a.span().start()));
            if (quotes.stream().anyMatch(q -> q.depth() == 0 && q.span().equals(words))) {
                continue; // the quotation marks found it; QuoteAttributor gives it the signature's speaker
            }
            found.add(new Quote(words, words.of(text.text()), QuoteForm.DIRECT, a.speaker(), null, null, a.stance(),
                    false, "signed by " + a.speaker().name() + " at the end of the paragraph; no quotation marks, "
                            + "but the words are in the first person"));
        }
        return found;
    }

    /** "Jane Doe, union president": where a short description after the name begins (its comma), else the end. */
    private static int descriptionStart(Sentence s) {
        for (int k = s.size() - 2; k >= Math.max(0, s.size() - 1 - LONGEST_DESCRIPTION); k--) {
            if (s.token(k).is(",")) {
                boolean description = s.tokens().subList(k + 1, s.size()).stream()
                        .noneMatch(t -> t.isVerbLike() || t.isPunctuation());
                return description ? k : s.size();
            }
        }
        return s.size();
    }

    private static boolean isNameWord(Token t) {
        return t.isCapitalized() && !t.isPersonalPronoun() && t.text().length() > 1
                && t.text().chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '.' || c == '\'' || c == '’')
                && (t.tag().startsWith("PROPN") || t.tag().startsWith("NOUN") || t.tag().startsWith("ADJ")
                        || t.tag().startsWith("X"));
    }

    private static boolean endsItsParagraph(TaggedText text, Sentence s) {
        return s.index() + 1 >= text.sentences().size() || text.sentences().get(s.index() + 1).paragraph() != s.paragraph();
    }

    /** Unmarked words signed by a person: whole sentences, several words, "I" or "we" outside any quotation. */
    private static boolean spokenInFirstPerson(TaggedText text, Span words, List<QuotedText> quotes, Speaker speaker,
            SpeakerNames names) {
        if (".!?…".indexOf(text.text().charAt(words.end() - 1)) < 0 || !names.looksLikePerson(speaker)) {
            return false;
        }
        int count = 0;
        boolean firstPerson = false;
        for (Sentence s : text.sentences()) {
            for (Token t : s.tokens()) {
                if (words.contains(t.span()) && !t.isPunctuation()) {
                    count++;
                    firstPerson |= FIRST_PERSON.contains(t.lower()) && quotes.stream().noneMatch(q -> q.span().contains(t.span()));
                }
            }
        }
        return firstPerson && count >= FEWEST_WORDS;
    }

    private static int lastNonSpaceBefore(String text, int offset) {
        int end = offset;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
