package org.closeread.quiz;

import java.util.Objects;
import java.util.Optional;

/**
 * What every question has, whatever its type: an id unique in its lesson, the prompt, the explanation
 * shown once it is answered, and the step to review when it is missed.
 */
public record Stem(String id, String prompt, String explanation, Optional<String> review) {

    public Stem {
        requireText(id, "id");
        requireText(prompt, "prompt of " + id);
        requireText(explanation, "explanation of " + id);
        review = Objects.requireNonNullElse(review, Optional.empty());
    }

    public Stem(String id, String prompt, String explanation) {
        this(id, prompt, explanation, Optional.empty());
    }

    private static void requireText(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a question needs a " + what);
        }
    }
}
