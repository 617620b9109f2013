package org.closeread.article;

/**
 * The W3C TextQuoteSelector of a span: its exact text and a few characters either side, so an
 * annotation can be found again if offsets are ever lost.
 */
public record TextQuote(String exact, String prefix, String suffix) {

    static final int CONTEXT_LENGTH = 32;

    public static TextQuote of(Block block, TextSpan span) {
        String text = block.text();
        return new TextQuote(
                text.substring(span.start(), span.end()),
                text.substring(Math.max(0, span.start() - CONTEXT_LENGTH), span.start()),
                text.substring(span.end(), Math.min(text.length(), span.end() + CONTEXT_LENGTH)));
    }
}
