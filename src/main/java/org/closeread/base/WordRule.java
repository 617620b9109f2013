package org.closeread.base;

import java.util.List;
import java.util.regex.Pattern;

/**
 * CloseRead's one definition of a word, shared by highlight scoring ({@code quiz.Words}), span marking
 * on the server ({@code WordBoundaries}) and in the browser ({@code frontend/src/span-marker.ts}, the
 * same expression): a run of letters, digits and combining marks, with apostrophes (' ’ ʼ) inside it
 * kept in it ({@code China’s}, {@code don't}). Spaces, punctuation, hyphens, quotation marks, symbols and
 * emoji lie between words, so "1,000" is two words and "Zoë" one, composed or not. Offsets are UTF-16
 * indices, as in Java and JavaScript strings. {@code SpanMarkerBrowserTest} runs tricky texts through this
 * and the built element and compares the offsets.
 */
public final class WordRule {

    /** The same expression as {@code WORD} in span-marker.ts (there with the {@code u} flag). */
    public static final Pattern WORD =
            Pattern.compile("[\\p{L}\\p{N}\\p{M}]+(?:['\u2019\u02BC][\\p{L}\\p{N}\\p{M}]+)*");

    private WordRule() {
    }

    /** Each word's {@code [start, end)} offsets in the text, in order. */
    public static List<int[]> offsets(String text) {
        return WORD.matcher(text).results().map(m -> new int[] {m.start(), m.end()}).toList();
    }
}
