package org.closeread.analysis;

import java.util.List;

/** A sentence (or a line of page furniture) with its tokens and the paragraph it sits in. */
public record Sentence(int index, Span span, List<Token> tokens, int paragraph) {

    public Token token(int i) {
        return tokens.get(i);
    }

    public int size() {
        return tokens.size();
    }

    /** The tokens from {@code from} to {@code to} (exclusive) as one span of the text. */
    public Span span(int from, int to) {
        return new Span(tokens.get(from).span().start(), tokens.get(to - 1).span().end());
    }
}
