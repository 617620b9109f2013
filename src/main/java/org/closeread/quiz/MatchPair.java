package org.closeread.quiz;

/** A left-hand item (a quote, a speaker) and the right-hand choice that belongs to it. */
public record MatchPair(String left, String right) {

    public MatchPair {
        if (left == null || left.isBlank() || right == null || right.isBlank()) {
            throw new IllegalArgumentException("a pair needs a left and a right");
        }
    }
}
