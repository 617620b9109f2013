package org.closeread.analysis;

import java.util.Locale;
import java.util.Set;

/**
 * One word or mark of the text with its universal part-of-speech tag and lemma.
 * The lemma is only looked up for words that could be in one of our word lists; for the
 * others it is the lower-cased word, which is all the rules need.
 */
public record Token(String text, Span span, String tag, String lemma) {

    private static final Set<String> PERSONAL_PRONOUNS =
            Set.of("he", "she", "they", "it", "i", "we", "you");

    public String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    public boolean is(String... words) {
        for (String word : words) {
            if (text.equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }

    public boolean isPunctuation() {
        return tag.startsWith("PUNCT") || (!text.isEmpty() && !Character.isLetterOrDigit(text.charAt(0)));
    }

    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    public boolean isProperNoun() {
        return tag.startsWith("PROPN") || (tag.startsWith("NOUN") && isCapitalized());
    }

    public boolean isNounLike() {
        return tag.startsWith("NOUN") || tag.startsWith("PROPN") || tag.startsWith("NUM");
    }

    public boolean isVerbLike() {
        return tag.startsWith("VERB") || tag.startsWith("AUX");
    }

    public boolean isPersonalPronoun() {
        return PERSONAL_PRONOUNS.contains(lower());
    }

    /** "Russia's" and "ministers'" end a possessive: the noun after them is the head. */
    public boolean isPossessive() {
        return tag.endsWith("+PART") || text.endsWith("'s") || text.endsWith("’s")
                || ((text.endsWith("'") || text.endsWith("’")) && text.length() > 1);
    }

    /** The word without a possessive ending, as it would be written in a name. */
    public String withoutPossessive() {
        if (text.endsWith("'s") || text.endsWith("’s")) {
            return text.substring(0, text.length() - 2);
        }
        if ((text.endsWith("'") || text.endsWith("’")) && text.length() > 1) {
            return text.substring(0, text.length() - 1);
        }
        return text;
    }
}
