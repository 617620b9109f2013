package org.closeread.article;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A span of one block seen through a lens, with a short explanation for students and the facts
 * of its lens (speaker, channel, source type, whose voice...), in the order the author gave them.
 */
public record Annotation(String id, Lens lens, TextSpan span, TextQuote quote, String explanation,
                         Map<String, String> facts) {

    public static final int EXPLANATION_MAX_LENGTH = 4000;

    public Annotation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(lens, "lens");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(quote, "quote");
        if (explanation == null || explanation.isBlank()) {
            throw new IllegalArgumentException("annotation " + id + " has no explanation");
        }
        if (explanation.length() > EXPLANATION_MAX_LENGTH) {
            throw new IllegalArgumentException("annotation " + id + " has an explanation over "
                    + EXPLANATION_MAX_LENGTH + " characters");
        }
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts == null ? Map.of() : facts));
    }
}
