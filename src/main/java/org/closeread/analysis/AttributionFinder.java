package org.closeread.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds attributions sentence by sentence: a reporting verb with its source ("Shoigu said",
 * "said Ambassador Mohib", "he was quoted as saying"), "according to X", and photo credits.
 * Sourcing chains (who passed the words on) are read by {@link SourcingChain}.
 */
final class AttributionFinder {

    private final ReportingVerbs verbs;

    AttributionFinder(ReportingVerbs verbs) {
        this.verbs = verbs;
    }

    List<Attribution> find(TaggedText text, SpeakerNames names, List<QuotedText> quotes) {
        List<Attribution> found = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            var cues = new SentenceCues(text, s, names, quotes);
            List<Attribution> inSentence = new ArrayList<>();
            PhotoCredit.of(text, s, names).ifPresent(inSentence::add);
            for (int i = 0; i < s.size(); i++) {
                if (s.token(i).is("according") && i + 1 < s.size() && s.token(i + 1).is("to")) {
                    cues.accordingTo(i).ifPresent(inSentence::add);
                    continue;
                }
                int at = i;
                verbs.of(s.token(i)).filter(v -> cues.isVerb(at)).flatMap(v -> cues.reporting(at, v))
                        .ifPresent(inSentence::add);
            }
            SignedQuotes.signature(text, s, names, quotes).ifPresent(inSentence::add);
            found.addAll(SourcingChain.settle(s, inSentence, names, text.text()));
        }
        return found;
    }

    /** Photo: Russian Defence Ministry Press Service via AP. */
    static final class PhotoCredit {
        private PhotoCredit() {
        }

        static Optional<Attribution> of(TaggedText text, Sentence s, SpeakerNames names) {
            if (s.size() < 3 || !s.token(0).is("Photo", "Image", "Picture", "Photograph", "Credit", "Source")
                    || !s.token(1).is(":")) {
                return Optional.empty();
            }
            int via = -1;
            for (int i = 2; i < s.size(); i++) {
                if (s.token(i).is("via")) {
                    via = i;
                }
            }
            int sourceEnd = via > 2 ? via : lastWord(s);
            if (sourceEnd <= 2) {
                return Optional.empty();
            }
            String source = s.span(2, sourceEnd).of(text.text());
            String channel = via > 2 && via + 1 <= lastWord(s) ? s.span(via + 1, lastWord(s)).of(text.text()) : null;
            Span span = s.span(0, lastWord(s));
            return Optional.of(new Attribution(span, span.of(text.text()),
                    new Speaker(names.complete(source), true, source), s.token(0).text() + ":", "photo",
                    Stance.NEUTRAL, channel, s.span(0, 2), null,
                    channel == null ? "a photo credit names who supplied the image"
                            : "a photo credit: the image came from " + source + " through " + channel));
        }

        private static int lastWord(Sentence s) {
            int end = s.size();
            while (end > 0 && s.token(end - 1).isPunctuation()) {
                end--;
            }
            return end;
        }
    }
}
