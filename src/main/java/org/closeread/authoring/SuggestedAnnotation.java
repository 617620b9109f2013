package org.closeread.authoring;

import java.util.Map;
import org.closeread.article.Lens;
import org.closeread.article.TextSpan;

/**
 * An annotation the analyser suggests: where it lies, the lens facts it found, a first explanation
 * for the teacher to rewrite, and the rule that produced it. {@code key} stays the same for the same
 * suggestion on the same text, so a rejected one stays rejected.
 */
public record SuggestedAnnotation(String key, Lens lens, TextSpan span, String text, Map<String, String> facts,
                                  String explanation, String reason) {

    public SuggestedAnnotation {
        facts = Map.copyOf(facts);
    }

    static String keyOf(Lens lens, TextSpan span) {
        return lens.id() + ":" + span.block() + ":" + span.start() + ":" + span.end();
    }
}
