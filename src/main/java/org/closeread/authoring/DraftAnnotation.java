package org.closeread.authoring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.closeread.article.Lens;

/**
 * An annotation as the lesson file holds it: anchored by the text it marks ({@code occurrence} says
 * which one, 1-based, when the text occurs more than once; 0 when it is unique), its lens, the
 * explanation for students, and the facts of its lens. Only the lens's own facts are kept.
 */
public record DraftAnnotation(String id, Lens lens, String text, int occurrence, String explanation,
                              Map<String, String> facts) {

    public DraftAnnotation {
        id = TypedText.clean(id);
        Objects.requireNonNull(lens, "lens");
        text = TypedText.clean(text);
        explanation = TypedText.clean(explanation);
        Map<String, String> kept = new LinkedHashMap<>();
        Lens of = lens;
        (facts == null ? Map.<String, String>of() : facts).forEach((key, value) -> {
            String clean = TypedText.clean(value);
            if (of.fact(key).isPresent() && !clean.isEmpty()) {
                kept.put(key, clean);
            }
        });
        facts = Collections.unmodifiableMap(kept);
    }

    public DraftAnnotation withId(String newId) {
        return new DraftAnnotation(newId, lens, text, occurrence, explanation, facts);
    }
}
