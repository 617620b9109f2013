package org.closeread.analysis;

import java.util.List;

/** The analysed text with its paragraphs and tagged sentences, all in text order. */
record TaggedText(String text, List<Span> paragraphs, List<Sentence> sentences) {

    /** Index of the paragraph holding {@code offset}, or -1 when it falls between paragraphs. */
    int paragraphAt(int offset) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).start() <= offset && offset < paragraphs.get(i).end()) {
                return i;
            }
        }
        return -1;
    }

    /** The sentence holding {@code offset}, or null. */
    Sentence sentenceAt(int offset) {
        for (Sentence sentence : sentences) {
            if (sentence.span().start() <= offset && offset < sentence.span().end()) {
                return sentence;
            }
        }
        return null;
    }
}
