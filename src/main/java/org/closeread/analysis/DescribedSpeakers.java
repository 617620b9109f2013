package org.closeread.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Links a speaker known by a role ("China's defence minister said …") to the person a nearby
 * paragraph names with that role as a title ("Minister Dong Jun made the statement"). The
 * role noun must be in the title; rank ("deputy", "prime"), portfolio ("foreign" against
 * "defence") and country ("China's" against "Russian") must not clash; the nearest such name
 * within two paragraphs wins. A role nobody nearby bears as a title stays an unnamed speaker,
 * and so does "a spokesman": an indefinite description brings in someone new.
 */
final class DescribedSpeakers {

    /** Nouns for a person's office: the head of a description that can stand for a name. */
    static final Set<String> ROLES = Set.of("minister", "president", "secretary", "ambassador", "general", "colonel",
            "captain", "chief", "director", "spokesman", "spokeswoman", "spokesperson", "coach", "governor", "senator",
            "mayor", "judge", "chairman", "chairwoman", "ceo", "undersecretary", "commissioner", "premier", "chancellor",
            "editor", "officer", "lieutenant", "sheriff", "detective", "inspector", "superintendent", "representative",
            "professor", "king", "queen", "pope", "bishop", "mp");

    /** Words that make another office of the same role: a deputy minister is not the minister. */
    static final Set<String> RANKS = Set.of("deputy", "vice", "prime", "shadow", "under", "acting", "assistant");

    private static final Set<String> COUNTRY_ABBREVIATIONS = Set.of("us", "uk", "un");
    private static final int NEARBY_PARAGRAPHS = 2;

    /** A person named with a title: "Minister Dong Jun", "Russian Defense Minister Sergei Shoigu". */
    record TitledName(String name, String mention, Set<String> title, Set<String> countries, Span span, int paragraph) {
    }

    /** What a description says of its person: the role noun, and any rank, portfolio and country words. */
    record Role(String noun, Set<String> ranks, Set<String> portfolio, Set<String> countries) {

        /** The role a description names, or null when its head is not an office ("China's top diplomat"). */
        static Role of(String description) {
            List<String> words = new ArrayList<>();
            Set<String> countries = new HashSet<>();
            for (String word : description.split("\\s+")) {
                String plain = plain(word);
                words.add(plain);
                if (Character.isUpperCase(word.charAt(0)) && !SpeakerNames.TITLES.contains(plain) && !plain.equals("of")
                        || COUNTRY_ABBREVIATIONS.contains(plain)) {
                    countries.add(plain);
                }
            }
            int head = -1;
            for (int i = 0; i < words.size(); i++) {
                if (ROLES.contains(words.get(i))) {
                    head = i;
                }
            }
            boolean isHead = head >= 0 && (head == words.size() - 1 || words.get(head + 1).equals("of"));
            return isHead ? new Role(words.get(head), ranksIn(words), portfolioIn(words), countries) : null;
        }

        boolean fits(TitledName person) {
            return person.title().contains(noun) && ranks.equals(ranksIn(person.title()))
                    && agree(portfolio, portfolioIn(person.title())) && agreeOnCountry(countries, person.countries());
        }
    }

    private DescribedSpeakers() {
    }

    static List<Attribution> resolve(List<Attribution> attributions, TaggedText text, SpeakerNames names) {
        List<TitledName> titled = null;
        List<Attribution> resolved = new ArrayList<>();
        for (Attribution a : attributions) {
            Speaker speaker = a.speaker();
            Role role = speaker == null || speaker.named() || a.speakerIsPronoun() || indefinite(speaker.mention())
                    ? null : Role.of(speaker.name());
            if (role != null) {
                titled = titled != null ? titled : titledNames(text, names);
                TitledName who = nearest(titled, role, a, text);
                if (who != null) {
                    a = a.withSpeaker(new Speaker(who.name(), true, speaker.mention()), "\"" + speaker.name() + "\" is "
                            + who.name() + ", named as \"" + who.mention() + "\" nearby");
                }
            }
            resolved.add(a);
        }
        return resolved;
    }

    private static TitledName nearest(List<TitledName> titled, Role role, Attribution a, TaggedText text) {
        int paragraph = text.paragraphAt(a.span().start());
        TitledName best = null;
        long bestDistance = Long.MAX_VALUE;
        for (TitledName person : titled) {
            int apart = Math.abs(person.paragraph() - paragraph);
            if (apart > NEARBY_PARAGRAPHS || person.span().overlaps(a.span()) || !role.fits(person)) {
                continue;
            }
            // paragraphs first, then characters: the same paragraph beats a closer line of the one above
            long distance = apart * (long) Integer.MAX_VALUE
                    + Math.abs(person.span().start() - a.span().start());
            if (distance < bestDistance) {
                best = person;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** Every name in the text with an office in the title before it. */
    static List<TitledName> titledNames(TaggedText text, SpeakerNames names) {
        List<TitledName> found = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            int i = 0;
            while (i < s.size()) {
                if (!isNameWord(s.token(i))) {
                    i++;
                    continue;
                }
                int from = i;
                while (i < s.size() && isNameWord(s.token(i)) && (i == from || !s.token(i - 1).isPossessive())) {
                    i++;
                }
                titled(text, s, from, i, names).ifPresent(found::add);
            }
        }
        return found;
    }

    private static Optional<TitledName> titled(TaggedText text, Sentence s, int from, int to, SpeakerNames names) {
        Set<String> title = new HashSet<>();
        int j = from - 1;
        while (j >= 0 && (SpeakerNames.TITLES.contains(plain(s.token(j).text()))
                || s.token(j).is("of") && j > 0 && SpeakerNames.TITLES.contains(plain(s.token(j - 1).text())))) {
            title.add(plain(s.token(j).text()));
            j--;
        }
        if (title.stream().noneMatch(ROLES::contains)) {
            title = apposition(s, to);
            j = from - 1;
            if (title.stream().noneMatch(ROLES::contains)) {
                return Optional.empty();
            }
        }
        Set<String> countries = new HashSet<>();
        title.stream().filter(COUNTRY_ABBREVIATIONS::contains).forEach(countries::add);
        for (int k = j; k >= 0 && k > j - 2 && s.token(k).isCapitalized() && !s.token(k).tag().startsWith("DET"); k--) {
            countries.add(plain(s.token(k).text())); // "Russian Defense Minister", "China's Foreign Minister"
        }
        Token last = s.token(to - 1);
        int end = last.span().end() - (last.text().length() - last.withoutPossessive().length());
        String written = text.text().substring(s.token(from).span().start(), end);
        String name = names.complete(written);
        if (!names.looksLikePerson(new Speaker(name, true, written))) {
            return Optional.empty();
        }
        Span span = new Span(s.token(j + 1).span().start(), end);
        return Optional.of(new TitledName(name, span.of(text.text()), title, countries, span, s.paragraph()));
    }

    /**
     * The office an apposition gives the name before it: "Jane Doe, a spokeswoman for the
     * airline," is a spokeswoman; words up to "for", "of", "at", "with" or the next comma.
     */
    private static Set<String> apposition(Sentence s, int to) {
        Set<String> title = new HashSet<>();
        if (to + 1 >= s.size() || !s.token(to).is(",")) {
            return title;
        }
        int k = to + 1;
        if (s.token(k).is("a", "an", "the", "its", "his", "her", "their")) {
            k++;
        }
        for (int n = 0; k < s.size() && n < 5; k++, n++) {
            Token t = s.token(k);
            if (t.isPunctuation() || t.is("for", "of", "at", "with", "in", "who", "and", "from")) {
                break;
            }
            String plain = plain(t.text());
            if (ROLES.contains(plain) || SpeakerNames.TITLES.contains(plain) || RANKS.contains(plain)) {
                title.add(plain);
            }
        }
        return title;
    }

    private static boolean isNameWord(Token t) {
        String plain = plain(t.text());
        return t.isCapitalized() && t.isProperNoun() && !SpeakerNames.TITLES.contains(plain) && plain.length() > 1
                && plain.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '.');
    }

    private static boolean indefinite(String mention) {
        String lower = mention == null ? "" : mention.toLowerCase(Locale.ROOT);
        return lower.startsWith("a ") || lower.startsWith("an ") || lower.startsWith("one ");
    }

    private static Set<String> ranksIn(Collection<String> words) {
        Set<String> ranks = new HashSet<>();
        words.stream().filter(RANKS::contains).forEach(ranks::add);
        return ranks;
    }

    /** Title words that say which office ("defence", "foreign", "state"), one spelling for defence. */
    private static Set<String> portfolioIn(Collection<String> words) {
        Set<String> portfolio = new HashSet<>();
        for (String w : words) {
            if (SpeakerNames.TITLES.contains(w) && !ROLES.contains(w) && !RANKS.contains(w)
                    && !COUNTRY_ABBREVIATIONS.contains(w) && !w.equals("of")) {
                portfolio.add(w.equals("defense") ? "defence" : w);
            }
        }
        return portfolio;
    }

    /** Both silent, one silent, or a word in common. */
    private static boolean agree(Set<String> a, Set<String> b) {
        return a.isEmpty() || b.isEmpty() || a.stream().anyMatch(b::contains);
    }

    /** "China" and "Chinese" agree (same first four letters); "China" and "Russian" clash. */
    private static boolean agreeOnCountry(Set<String> a, Set<String> b) {
        return a.isEmpty() || b.isEmpty()
                || a.stream().anyMatch(x -> b.stream().anyMatch(y -> x.equals(y) || x.length() >= 4 && y.length() >= 4
                        && x.regionMatches(0, y, 0, 4)));
    }

    /** The word lower-cased, without a possessive ending or dots: "China's" is "china", "U.S." is "us". */
    private static String plain(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith("'s") || w.endsWith("’s")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("'") || w.endsWith("’")) {
            w = w.substring(0, w.length() - 1);
        }
        return w.indexOf('.') > 0 && w.length() <= 4 ? w.replace(".", "") : w;
    }
}
