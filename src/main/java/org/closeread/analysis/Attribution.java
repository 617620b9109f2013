package org.closeread.analysis;

import java.util.Locale;
import java.util.Set;

/**
 * Words that say who said or thinks something: the source and the cue ("Shoigu said",
 * "according to AFP", "Photo: AFP"). {@code span} covers source and cue; {@code content}
 * is what is attributed when it is reported in the reporter's words (an indirect quote),
 * otherwise null. {@code channel} is who passed it on ("TASS news agency"), "unnamed" when
 * the text says someone did without naming them, or null. {@code verb} is the cue's words
 * ("said", "according to"), null where only a name signs a quotation.
 */
public record Attribution(Span span, String text, Speaker speaker, String verb, String lemma, Stance stance,
        String channel, Span cue, Span content, String reason) {

    Attribution withSpeaker(Speaker resolved, String why) {
        return new Attribution(span, text, resolved, verb, lemma, stance, channel, cue, content,
                why == null ? reason : reason + "; " + why);
    }

    Attribution withChannel(String named, String why) {
        return new Attribution(span, text, speaker, verb, lemma, stance, named, cue, content, reason + "; " + why);
    }

    boolean speakerIsPronoun() {
        return speaker != null && speaker.mention() != null && PRONOUNS.contains(speaker.mention().toLowerCase(Locale.ROOT));
    }

    static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "i", "we");
}
