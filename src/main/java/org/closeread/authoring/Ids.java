package org.closeread.authoring;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Ids the lesson format accepts (a-z, 0-9 and dashes), made from words a teacher wrote, so a lesson
 * file stays readable: {@code quote-in-a-volatile}, {@code q-who-relayed}.
 */
final class Ids {

    static final int MAX_LENGTH = 40;

    private Ids() {
    }

    /** The first few words of a text as an id; empty when the text has no letter or digit. */
    static String fromWords(String text, int words) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String id = Arrays.stream(plain.split("[^a-z0-9]+")).filter(w -> !w.isEmpty()).limit(words)
                .collect(Collectors.joining("-"));
        return id.length() <= MAX_LENGTH ? id : id.substring(0, MAX_LENGTH).replaceAll("-+$", "");
    }

    /** {@code prefix-words}, or {@code prefix} alone when the words give nothing. */
    static String of(String prefix, String text, int words) {
        String fromText = fromWords(text, words);
        return fromText.isEmpty() ? prefix : prefix + "-" + fromText;
    }

    /** {@code base}, or {@code base-2}, {@code base-3}... whichever is not taken yet. */
    static String unique(String base, Collection<String> taken) {
        if (!taken.contains(base)) {
            return base;
        }
        int n = 2;
        while (taken.contains(base + "-" + n)) {
            n++;
        }
        return base + "-" + n;
    }
}
