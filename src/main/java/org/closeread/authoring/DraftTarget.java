package org.closeread.authoring;

/**
 * A phrase a highlight question asks for, anchored by its text inside the question's blocks
 * ({@code occurrence} 1-based among those blocks, 0 when unique), with other wordings accepted as well.
 */
public record DraftTarget(String text, int occurrence, java.util.List<String> alternatives) {

    public DraftTarget {
        text = TypedText.clean(text);
        alternatives = TypedText.cleanAll(alternatives);
    }
}
