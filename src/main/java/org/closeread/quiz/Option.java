package org.closeread.quiz;

import java.util.Objects;

/** One option of a choice question, whether it is right, and the feedback shown for it (may be empty). */
public record Option(String text, boolean correct, String feedback) {

    public Option {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("an option needs a text");
        }
        feedback = Objects.requireNonNullElse(feedback, "");
    }
}
