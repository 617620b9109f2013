package org.closeread.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Settles who passed words on, once a sentence's attributions are known: "…, citing X"
 * (X is the source, the subject the channel), "X said, according to Y" (Y the channel),
 * "X said in a statement to Y" / "in remarks to Y", and gives "…, adding that" the
 * sentence's subject as its source.
 */
final class SourcingChain {

    private static final Pattern IN_REMARKS_TO = Pattern.compile(
            "\\bin (?:remarks|a statement|an interview|comments|an email|a letter|a post) (?:to|with) "
                    + "((?:the )?[\\p{Lu}][\\p{L}\\p{N}.'’&-]*(?: [\\p{Lu}][\\p{L}\\p{N}.'’&-]*| television| radio| news| newspaper| agency)*)");

    private SourcingChain() {
    }

    static List<Attribution> settle(Sentence s, List<Attribution> found, SpeakerNames names, String text) {
        List<Attribution> settled = new ArrayList<>();
        Speaker subject = null;
        for (Attribution a : found) {
            if (a.speaker() == null && a.reason().contains("subject of the sentence")) {
                Speaker main = subject != null ? subject : sentenceSubject(s, names);
                a = main == null ? a : a.withSpeaker(main, "the source of \"" + a.verb() + "\" is " + main.name());
            }
            if (a.lemma().equals("cite") && a.channel() == null && subject != null) {
                a = a.withChannel(subject.name(), subject.name() + " cites " + nameOf(a.speaker()));
            }
            if (subject == null && a.speaker() != null && !a.lemma().equals("according to")) {
                subject = a.speaker();
            }
            settled.add(a);
        }
        return withChannels(s, settled, text);
    }

    private static List<Attribution> withChannels(Sentence s, List<Attribution> found, String text) {
        String channel = null;
        String why = null;
        Matcher remarks = IN_REMARKS_TO.matcher(s.span().of(text));
        if (remarks.find()) {
            channel = remarks.group(1).replaceFirst("^the ", "");
            why = "the words were given to " + channel;
        }
        for (Attribution a : found) {
            if (a.lemma().equals("according to") && a.speaker() != null && found.size() > 1) {
                channel = a.speaker().name();
                why = "\"according to " + channel + "\": " + channel + " passed the words on";
            }
        }
        if (channel == null) {
            return found;
        }
        List<Attribution> result = new ArrayList<>();
        for (Attribution a : found) {
            boolean speech = !a.lemma().equals("according to") && !a.lemma().equals("photo");
            result.add(speech && a.channel() == null && a.speaker() != null && !channel.equals(a.speaker().name())
                    ? a.withChannel(channel, why) : a);
        }
        return result;
    }

    private static Speaker sentenceSubject(Sentence s, SpeakerNames names) {
        NounPhrases.Phrase first = NounPhrases.rightOf(s, 0);
        return first == null ? null : names.speaker(s, first);
    }

    private static String nameOf(Speaker speaker) {
        return speaker == null ? "someone" : speaker.name();
    }
}
