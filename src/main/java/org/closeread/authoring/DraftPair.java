package org.closeread.authoring;

/** A pair of a match question: the left-hand item and the right-hand choice that belongs to it. */
public record DraftPair(String left, String right) {

    public DraftPair {
        left = TypedText.clean(left);
        right = TypedText.clean(right);
    }
}
