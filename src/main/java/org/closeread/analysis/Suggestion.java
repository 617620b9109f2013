package org.closeread.analysis;

import java.util.Map;

/**
 * One annotation suggestion for a teacher to accept, edit or drop: the lens, the span of the
 * analysed text, lens-specific facts (speaker, channel, stance …) and why it was suggested.
 */
public record Suggestion(Lens lens, Span span, String text, Map<String, String> facts, String reason) {
}
