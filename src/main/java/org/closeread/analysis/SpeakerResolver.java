package org.closeread.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves pronoun sources ("he said") to the nearest compatible named speaker before them:
 * "he" and "she" to a person not yet known as the other, "it" to an organisation or place,
 * "they" to anyone named. "Although it declared …, China maintains …" looks forward, as the
 * reader does. Pronouns inside a quotation belong to the quoted speaker's world and are left.
 */
final class SpeakerResolver {

    private static final Set<String> LOOK_AHEAD = Set.of("although", "though", "while", "whilst", "after", "before",
            "when", "as", "because", "since", "if", "despite");

    private SpeakerResolver() {
    }

    static List<Attribution> resolve(List<Attribution> attributions, TaggedText text, SpeakerNames names,
            List<QuotedText> quotes) {
        List<Attribution> resolved = new ArrayList<>();
        Map<String, String> pronounOf = new HashMap<>();
        for (int i = 0; i < attributions.size(); i++) {
            Attribution a = attributions.get(i);
            if (a.speakerIsPronoun() && !insideQuote(a, quotes)) {
                String pronoun = a.speaker().mention().toLowerCase(java.util.Locale.ROOT);
                Speaker found = ahead(attributions, i, text, names, pronoun, pronounOf);
                String why = "looking ahead in the sentence";
                if (found == null) {
                    found = behind(resolved, names, pronoun, pronounOf, quotes);
                    why = "the nearest named speaker before it";
                }
                if (found != null) {
                    pronounOf.putIfAbsent(found.name(), pronoun);
                    a = a.withSpeaker(new Speaker(found.name(), true, a.speaker().mention()),
                            "\"" + a.speaker().mention() + "\" taken as " + found.name() + ", " + why);
                }
            } else if (a.speaker() != null && a.speaker().named()) {
                pronounOf.putIfAbsent(a.speaker().name(), null);
            }
            resolved.add(a);
        }
        return resolved;
    }

    private static Speaker ahead(List<Attribution> all, int i, TaggedText text, SpeakerNames names, String pronoun,
            Map<String, String> pronounOf) {
        Sentence s = text.sentenceAt(all.get(i).span().start());
        if (s == null || !LOOK_AHEAD.contains(s.token(0).lower())) {
            return null;
        }
        for (int j = i + 1; j < all.size() && s.span().contains(all.get(j).span().start()); j++) {
            Speaker candidate = all.get(j).speaker();
            if (compatible(candidate, names, pronoun, pronounOf)) {
                return candidate;
            }
        }
        return null;
    }

    private static Speaker behind(List<Attribution> resolved, SpeakerNames names, String pronoun,
            Map<String, String> pronounOf, List<QuotedText> quotes) {
        for (int j = resolved.size() - 1; j >= 0; j--) {
            Attribution earlier = resolved.get(j);
            if (!insideQuote(earlier, quotes) && !earlier.lemma().equals("photo")
                    && compatible(earlier.speaker(), names, pronoun, pronounOf)) {
                return earlier.speaker();
            }
        }
        return null;
    }

    private static boolean compatible(Speaker candidate, SpeakerNames names, String pronoun, Map<String, String> pronounOf) {
        if (candidate == null || !candidate.named()) {
            return false;
        }
        return switch (pronoun) {
            case "he", "she" -> names.looksLikePerson(candidate)
                    && (pronounOf.get(candidate.name()) == null || pronounOf.get(candidate.name()).equals(pronoun));
            case "it" -> !names.looksLikePerson(candidate);
            default -> true;
        };
    }

    private static boolean insideQuote(Attribution a, List<QuotedText> quotes) {
        return quotes.stream().anyMatch(q -> q.span().contains(a.cue()));
    }
}
