package org.closeread.analysis;

/** One reporting verb in the text ("contends") with the stance it takes. */
public record VerbUse(Span span, String text, String lemma, Stance stance) {
}
