package org.closeread.analysis;

/**
 * A quotation with who said it and how it reached the reporter. {@code speaker} is null when
 * the text gives no source (a title, a scare quote); {@code channel} as in {@link Attribution};
 * {@code nested} for a quotation inside another one.
 */
public record Quote(Span span, String text, QuoteForm form, Speaker speaker, String channel, String verb,
        Stance stance, boolean nested, String reason) {

    Quote attributedTo(Speaker who, String through, String cue, Stance how, String why) {
        return new Quote(span, text, form, who, through, cue, how, nested, why);
    }
}
