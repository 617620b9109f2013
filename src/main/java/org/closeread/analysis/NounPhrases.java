package org.closeread.analysis;

import java.util.Set;

/**
 * Finds the noun phrase that names a source next to a reporting verb: the subject to its
 * left ("the TASS news agency", "Jeff Rathke, the State Department Spokesperson,") or, in
 * "said X", to its right. The phrases are found from part-of-speech tags alone, which is
 * enough for the short subjects news writing puts before "said".
 */
final class NounPhrases {

    /** Token range {@code [from, to)} in a sentence; {@code core} is where the name sits. */
    record Phrase(int from, int to, int coreFrom, int coreTo) {
        Span span(Sentence s) {
            return s.span(from, to);
        }
    }

    private NounPhrases() {
    }

    /** Index just left of {@code verb} after adverbs, auxiliaries and "not": where a subject ends. */
    static int subjectEnd(Sentence s, int verb) {
        int j = verb - 1;
        while (j >= 0 && (s.token(j).tag().startsWith("ADV") || s.token(j).tag().startsWith("AUX")
                || adverbTaggedAdjective(s.token(j))
                || s.token(j).is("not", "n't", "also", "later", "then", "repeatedly", "previously"))) {
            j--;
        }
        return j;
    }

    /** "a teacher mistakenly thought": an adverb in -ly that the tagger called an adjective. */
    static boolean adverbTaggedAdjective(Token t) {
        return t.tag().startsWith("ADJ") && t.lower().length() > 5 && t.lower().endsWith("ly")
                && !t.lower().endsWith("ely") && !t.is("only", "early", "likely", "friendly", "daily", "weekly", "monthly", "yearly");
    }

    /** The subject ending at {@code end} (inclusive), or null when there is none. */
    static Phrase leftOf(Sentence s, int end) {
        if (end < 0) {
            return null;
        }
        if (s.token(end).is(",")) {
            return appositiveSubject(s, end);
        }
        int from = coreStart(s, end);
        if (from > end) {
            return null;
        }
        // "a spokeswoman for the club said": the spokeswoman speaks, not the club
        if (from >= 2 && s.token(from - 1).is("for", "of", "at", "from") && SPOKESPEOPLE.contains(s.token(from - 2).lower())) {
            int roleFrom = coreStart(s, from - 2);
            if (roleFrom <= from - 2) {
                return new Phrase(roleFrom, end + 1, roleFrom, from - 1);
            }
        }
        return new Phrase(from, end + 1, from, end + 1);
    }

    /** People who speak for an organisation named after "for", "of", "at" or "from". */
    static final Set<String> SPOKESPEOPLE = Set.of("spokesman", "spokeswoman", "spokesperson", "spokesmen",
            "spokeswomen", "representative", "representatives", "official", "officials", "head", "director", "chief",
            "lawyer", "lawyers", "attorney", "member", "members", "source", "sources", "researcher", "researchers",
            "scientist", "scientists", "analyst", "analysts", "expert", "experts", "secretary", "minister", "president",
            "leader", "leaders", "chairman", "chairwoman", "manager", "founder", "professor", "editor", "officer");

    /** "Jeff Rathke, the State Department Spokesperson, said": the name before the insert. */
    private static Phrase appositiveSubject(Sentence s, int comma) {
        int j = comma - 1;
        while (j >= 0 && comma - j <= 15 && !s.token(j).is(",") && !s.token(j).isVerbLike()
                && !QuoteMarks.isMark(s.token(j).text().charAt(0))) {
            j--;
        }
        if (j < 1 || !s.token(j).is(",") || j == comma - 1) {
            return null;
        }
        int coreEnd = j - 1;
        int from = coreStart(s, coreEnd);
        if (from > coreEnd) {
            return null;
        }
        return new Phrase(from, comma + 1, from, coreEnd + 1);
    }

    /** The first token of the noun phrase ending at {@code end}; {@code end + 1} when none. */
    static int coreStart(Sentence s, int end) {
        int j = end;
        if (j >= 0 && s.token(j).isPersonalPronoun()) {
            return j;
        }
        while (j >= 0 && partOfName(s, j, true)) {
            if (s.token(j).tag().startsWith("DET")) {
                return j;
            }
            j--;
        }
        return j + 1;
    }

    /** The phrase starting at {@code start}, with an appositive after a comma ("KCNA, the agency,"). */
    static Phrase rightOf(Sentence s, int start) {
        int j = start;
        if (j < s.size() && s.token(j).isPersonalPronoun()) {
            return new Phrase(j, j + 1, j, j + 1);
        }
        while (j < s.size() && partOfName(s, j, false)) {
            j++;
        }
        if (j == start || (j == start + 1 && s.token(start).tag().startsWith("DET"))) {
            return null;
        }
        int coreTo = j;
        if (j + 1 < s.size() && s.token(j).is(",")
                && (s.token(j + 1).tag().startsWith("DET") || s.token(j + 1).isProperNoun())) {
            int k = j + 1;
            while (k < s.size() && (partOfName(s, k, false) || s.token(k).tag().startsWith("ADP"))) {
                k++;
            }
            j = k;
        }
        return new Phrase(start, j, start, coreTo);
    }

    private static final java.util.Set<String> TIME_WORDS = java.util.Set.of("monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "june", "july",
            "august", "september", "october", "november", "december", "today", "yesterday", "tomorrow");

    private static boolean partOfName(Sentence s, int i, boolean leftward) {
        Token t = s.token(i);
        if (TIME_WORDS.contains(t.lower())) {
            return false; // "On Friday Blinken said": the date is not part of the name
        }
        String tag = t.tag();
        if (tag.startsWith("PROPN") || tag.startsWith("NOUN") || tag.startsWith("ADJ") || tag.startsWith("NUM")
                || tag.startsWith("DET") || t.isPossessive()) {
            return !t.isPersonalPronoun() && !QuoteMarks.isMark(t.text().charAt(0)) && !t.is("who", "which", "that");
        }
        if (t.is("of", "&", "-", "al", "de", "van", "von", "bin", "le", "la")) {
            // "Minister of Defence", "Al-Maeena": only between two parts of a name
            int outer = leftward ? i - 1 : i + 1;
            int inner = leftward ? i + 1 : i - 1;
            return outer >= 0 && outer < s.size() && inner >= 0 && inner < s.size()
                    && s.token(outer).isNounLike() && s.token(inner).isNounLike();
        }
        // the tagger often calls a name it does not know a verb ("According to Rathbun"); mid-sentence capitals are names
        return t.isCapitalized() && i > 0 && !tag.startsWith("CCONJ") && !tag.startsWith("PRON") && !t.isPunctuation();
    }
}
