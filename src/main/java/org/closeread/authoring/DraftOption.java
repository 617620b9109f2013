package org.closeread.authoring;

/** An option of a choice question, whether it is right, and the feedback a student sees for it. */
public record DraftOption(String text, boolean correct, String feedback) {

    public DraftOption {
        text = TypedText.clean(text);
        feedback = TypedText.clean(feedback);
    }
}
