package org.closeread.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits article text into paragraphs (separated by blank lines; a bulleted line is one too) and lines. Pasted web
 * articles put one paragraph, caption or piece of page furniture on each line, so a line
 * is also where a sentence must end.
 */
final class Paragraphs {

    private Paragraphs() {
    }

    /** Paragraph spans, trimmed of surrounding white space, in text order. */
    static List<Span> of(String text) {
        List<Span> paragraphs = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (Span line : lines(text)) {
            if (line.of(text).isBlank()) {
                if (start >= 0) {
                    paragraphs.add(new Span(start, end));
                    start = -1;
                }
            } else {
                if (start >= 0 && startsWithBullet(line.of(text))) {
                    paragraphs.add(new Span(start, end)); // a bulleted line is a paragraph of its own
                    start = -1;
                }
                if (start < 0) {
                    start = line.start() + leadingSpace(line.of(text));
                }
                end = line.end() - trailingSpace(line.of(text));
            }
        }
        if (start >= 0) {
            paragraphs.add(new Span(start, end));
        }
        return paragraphs;
    }

    /** Line spans without their line breaks. */
    static List<Span> lines(String text) {
        List<Span> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(new Span(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(new Span(start, text.length()));
        return lines;
    }

    private static boolean startsWithBullet(String line) {
        String trimmed = line.strip();
        return trimmed.startsWith("•") || trimmed.startsWith("- ") || trimmed.startsWith("* ") || trimmed.startsWith("– ");
    }

    private static int leadingSpace(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trailingSpace(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(s.length() - 1 - i))) {
            i++;
        }
        return i;
    }
}
