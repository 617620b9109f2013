package org.closeread.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns the words that name a source into a speaker: strips titles ("Minister Dong Jun" is
 * Dong Jun), tells a name from a description ("China's top diplomat"), and completes a
 * surname with the full name the article uses most ("Shoigu" is Sergey Shoigu).
 */
final class SpeakerNames {

    static final Set<String> TITLES = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.",
            "professor", "minister", "president", "prime", "secretary", "ambassador", "general", "major", "colonel",
            "captain", "chief", "director", "spokesman", "spokeswoman", "spokesperson", "coach", "governor", "senator",
            "mayor", "judge", "chairman", "chairwoman", "ceo", "undersecretary", "emeritus", "commissioner", "deputy",
            "vice", "sir", "lord", "lady", "king", "queen", "pope", "bishop", "rev", "rev.", "foreign", "defence",
            "defense", "interior", "state", "home", "shadow", "national", "team", "member", "editor", "officer",
            "lieutenant", "sheriff", "detective", "inspector", "superintendent", "representative", "rep.", "sen.",
            "gen.", "lt.", "col.", "capt.", "premier", "chancellor", "mp", "us", "u.s.", "uk", "un");

    /** Countries that open a title ("US Secretary of State") and are names on their own. */
    private static final Set<String> COUNTRIES_IN_TITLES = Set.of("us", "u.s.", "uk", "un");

    static final Set<String> ORGANISATION_WORDS = Set.of("department", "ministry", "agency", "news", "council",
            "office", "church", "government", "police", "court", "times", "post", "herald", "television", "tv",
            "association", "university", "school", "district", "foundation", "party", "commission", "authority",
            "bureau", "service", "network", "corporation", "company", "group", "organisation", "organization",
            "committee", "union", "institute", "center", "centre", "board", "gazette", "journal", "press", "radio",
            "weekly", "daily", "tribune", "guardian", "telegraph", "army", "navy", "forces", "military", "embassy",
            "administration", "congress", "parliament", "senate", "assembly", "bank", "fund", "club", "federation",
            "inc", "inc.", "ltd", "media", "broadcasting", "channel", "magazine", "site", "website", "blog",
            "reuters", "afp", "ap", "bbc", "cnn", "kcna", "tass", "yonhap", "xinhua", "wikinews", "microsoft");

    private final String text;
    private final Map<String, Integer> fullNames;
    /** Words the article capitalises after a sentence's first word: names, wherever they stand. */
    private final Set<String> capitalisedMidSentence;

    private SpeakerNames(String text, Map<String, Integer> fullNames, Set<String> capitalisedMidSentence) {
        this.text = text;
        this.fullNames = fullNames;
        this.capitalisedMidSentence = capitalisedMidSentence;
    }

    /** Collects the article's multi-word names once, so surnames can be completed. */
    static SpeakerNames of(TaggedText text) {
        Map<String, Integer> names = new LinkedHashMap<>();
        Set<String> midSentence = new HashSet<>();
        for (Sentence s : text.sentences()) {
            List<Token> run = new ArrayList<>();
            for (Token t : s.tokens()) {
                if (t != s.token(0) && t.isCapitalized()) {
                    midSentence.add(t.withoutPossessive());
                }
                if (t.isProperNoun() && t.isCapitalized() && !t.isPossessive()) {
                    run.add(t);
                } else {
                    if (t.isProperNoun() && t.isCapitalized()) {
                        run.add(t); // "Blinken's" ends a name
                    }
                    count(text.text(), names, run);
                    run.clear();
                }
            }
            count(text.text(), names, run);
        }
        return new SpeakerNames(text.text(), names, midSentence);
    }

    private static void count(String text, Map<String, Integer> names, List<Token> run) {
        List<Token> name = stripTitles(run);
        if (name.size() >= 2 && !isOrganisation(name)) {
            // "United States Hamdullah Mohib": a person's name is the last two or three words of a run
            names.merge(nameOf(text, name.subList(Math.max(0, name.size() - 3), name.size())), 1, Integer::sum);
            if (name.size() >= 3) {
                names.merge(nameOf(text, name.subList(name.size() - 2, name.size())), 1, Integer::sum);
            }
        }
    }

    /** The speaker a phrase of a sentence names. */
    Speaker speaker(Sentence s, NounPhrases.Phrase phrase) {
        String mention = s.span(phrase.from(), phrase.to()).of(text);
        List<Token> core = s.tokens().subList(phrase.coreFrom(), phrase.coreTo());
        if (core.size() == 1 && core.get(0).isPersonalPronoun()) {
            return Speaker.unnamed(core.get(0).text(), core.get(0).text());
        }
        Token head = core.get(core.size() - 1);
        Speaker owner = documentOwner(core, mention);
        if (owner != null) {
            return owner;
        }
        if (!head.isCapitalized() || !head.isProperNoun() && !head.isNounLike()) {
            NounPhrases.Phrase apposed = apposition(s, phrase);
            if (apposed != null) {
                return speaker(s, apposed);
            }
            return Speaker.unnamed(describe(core), mention.strip());
        }
        int from = core.size() - 1;
        while (from > 0 && core.get(from - 1).isCapitalized() && !core.get(from - 1).isPossessive()
                && !core.get(from - 1).tag().startsWith("DET")) {
            from--;
        }
        List<Token> name = core.subList(from, core.size());
        if (!isOrganisation(name)) {
            name = stripTitles(name);
        }
        if (name.isEmpty() || isRoleOnly(name) || capitalisedByPlace(s, name)) {
            return Speaker.unnamed(describe(core), mention.strip());
        }
        return new Speaker(complete(nameOf(text, name)), true, mention.strip());
    }

    /** Words for what an organisation or person issues: "Acme's statement added" is Acme speaking. */
    static final Set<String> DOCUMENTS = Set.of("statement", "statements", "report", "letter", "email", "release",
            "announcement", "post", "tweet", "filing", "memo", "spokesman", "spokeswoman", "spokesperson",
            "website", "communique", "communiqué", "notice");

    /** "Acme's statement", "the ministry's spokeswoman": the named owner before a document or mouthpiece. */
    private Speaker documentOwner(List<Token> core, String mention) {
        Token head = core.get(core.size() - 1);
        if (core.size() < 2 || !DOCUMENTS.contains(head.lower()) || !core.get(core.size() - 2).isPossessive()) {
            return null;
        }
        int end = core.size() - 1;
        int from = end - 1;
        while (from > 0 && core.get(from - 1).isCapitalized() && !core.get(from - 1).isPossessive()
                && !core.get(from - 1).tag().startsWith("DET")) {
            from--;
        }
        List<Token> name = core.subList(from, end);
        if (!name.stream().allMatch(Token::isCapitalized) || isRoleOnly(name)) {
            return null;
        }
        String written = text.substring(name.get(0).span().start(), name.get(name.size() - 1).span().end());
        String plain = written.replaceFirst("['’]s?$", "");
        return new Speaker(complete(plain), true, mention.strip());
    }

    /**
     * "Officials tell …", "Posts on the board …": a common noun that opens the sentence is
     * capitalised by its place, unless it is a known organisation or the article capitalises
     * it elsewhere too ("Wikinews", a surname first given with its first name).
     */
    private boolean capitalisedByPlace(Sentence s, List<Token> name) {
        Token word = name.get(0);
        return name.size() == 1 && word == s.token(0) && !word.tag().startsWith("PROPN") && !isOrganisation(name)
                && !capitalisedMidSentence.contains(word.withoutPossessive());
    }

    /** "the US Secretary of State" is a role, not a name; "the US" alone is a country. */
    private static boolean isRoleOnly(List<Token> name) {
        return name.stream().allMatch(t -> TITLES.contains(t.lower()))
                && !COUNTRIES_IN_TITLES.contains(name.get(name.size() - 1).lower());
    }

    /** "Khaled Al-Maeena, editor at large," names the editor; "the editor, Khaled Al-Maeena" too. */
    private static String nameOf(String text, List<Token> name) {
        Token last = name.get(name.size() - 1);
        int end = last.span().end() - (last.text().length() - last.withoutPossessive().length());
        return text.substring(name.get(0).span().start(), end);
    }

    private static NounPhrases.Phrase apposition(Sentence s, NounPhrases.Phrase phrase) {
        if (phrase.to() - phrase.coreTo() > 2 && s.token(phrase.coreTo()).is(",")) {
            int start = phrase.coreTo() + 1;
            NounPhrases.Phrase right = NounPhrases.rightOf(s, start);
            if (right != null && s.token(right.coreTo() - 1).isCapitalized()) {
                return right;
            }
        }
        return null;
    }

    /** "Shoigu" becomes the article's most used full name ending or starting with it. */
    String complete(String name) {
        if (name.contains(" ")) {
            List<String> words = List.of(name.split(" "));
            if (words.size() == 2 && fullNames.getOrDefault(name, 0) == 0) {
                return completeOne(words.get(words.size() - 1), name);
            }
            return name;
        }
        return completeOne(name, name);
    }

    private String completeOne(String word, String fallback) {
        String best = fallback;
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : fullNames.entrySet()) {
            List<String> words = List.of(e.getKey().split(" "));
            // a surname ends a full name ("Sergey Shoigu"); a family name first ("Dong Jun") only in two words
            boolean holds = words.get(words.size() - 1).equals(word) || words.size() == 2 && words.get(0).equals(word);
            if (holds && e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    /** A person rather than an organisation or a place: a full name, or a completed surname. */
    boolean looksLikePerson(Speaker speaker) {
        if (speaker == null || !speaker.named()) {
            return false;
        }
        List<String> words = List.of(speaker.name().split(" "));
        return words.size() >= 2 && words.size() <= 4 && !isOrganisation(words);
    }

    static boolean isOrganisation(List<?> words) {
        return words.stream().map(w -> w instanceof Token t ? t.withoutPossessive() : w.toString())
                .anyMatch(w -> ORGANISATION_WORDS.contains(w.toLowerCase(Locale.ROOT)));
    }

    /** "Afghan Ambassador Hamdullah Mohib" is Hamdullah Mohib: everything up to the last title goes. */
    private static List<Token> stripTitles(List<Token> words) {
        int from = 0;
        for (int i = 0; i < words.size() - 1; i++) {
            if (TITLES.contains(words.get(i).lower())) {
                from = i + 1;
            }
        }
        return words.subList(from, words.size());
    }

    /** The words of a description without a leading article: "the TASS news agency" is "TASS news agency". */
    String describe(List<Token> core) {
        int from = core.get(0).is("the", "a", "an") && core.size() > 1 ? 1 : 0;
        return text.substring(core.get(from).span().start(), core.get(core.size() - 1).span().end());
    }
}
