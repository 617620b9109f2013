package org.closeread.analysis;

/**
 * A word or phrase from our loaded-language list found in the text. Always a low-confidence
 * suggestion: whether it is loaded depends on the sentence, which a teacher or student judges.
 */
public record LoadedWord(Span span, String text, String category, Voice voice, String reason) {
}
