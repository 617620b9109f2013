package org.closeread.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.closeread.analysis.QuoteMarks.Family;

/**
 * Pairs quotation marks paragraph by paragraph. Apostrophes (don’t, Russia’s, ’90s,
 * students’) are told apart from single quotes by the letters around them; nesting is a
 * stack; a quotation left open at the end of a paragraph continues when the next paragraph
 * opens with a quotation mark (the newspaper convention) or closes one it never opened.
 */
final class QuoteFinder {

    private static final Set<String> ELISIONS = Set.of("em", "tis", "twas", "cause", "til", "n", "bout");

    private record Open(Family family, int offset, boolean continues) {
    }

    private QuoteFinder() {
    }

    static List<QuotedText> find(String text, List<Span> paragraphs) {
        List<QuotedText> found = new ArrayList<>();
        boolean carried = false;
        for (int p = 0; p < paragraphs.size(); p++) {
            Span paragraph = paragraphs.get(p);
            Deque<Open> open = new ArrayDeque<>();
            if (carried) {
                // The previous paragraph's quotation goes on until a close this paragraph never opened.
                open.push(new Open(Family.DOUBLE, paragraph.start(), true));
            }
            boolean carryOpening = carried && startsWithOpening(text, paragraph);
            if (carryOpening) {
                open.clear();
            }
            for (int i = paragraph.start(); i < paragraph.end(); i++) {
                char c = text.charAt(i);
                if (!QuoteMarks.isMark(c)) {
                    continue;
                }
                Family family = QuoteMarks.family(c);
                switch (role(text, i, paragraph, hasOpen(open, family))) {
                    case OPEN -> {
                        closeUnmarked(text, open, family, i, found);
                        open.push(new Open(family, i, carryOpening && open.isEmpty() && i == firstMark(text, paragraph)));
                    }
                    case CLOSE -> close(open, family, i + 1, found);
                    default -> { }
                }
            }
            carried = false;
            Open unclosed = bottomDouble(open);
            if (unclosed != null) {
                boolean next = p + 1 < paragraphs.size() && continuesInto(text, paragraphs.get(p + 1));
                if (next || QuoteMarks.opensOnly(text.charAt(unclosed.offset()))) {
                    found.add(new QuotedText(new Span(unclosed.offset(), paragraph.end()), depthOf(open, unclosed),
                            unclosed.continues(), next));
                }
                carried = next;
            }
        }
        found.sort(Comparator.comparing(QuotedText::span));
        return found;
    }

    private enum Role { OPEN, CLOSE, NONE }

    private static Role role(String text, int i, Span paragraph, boolean pending) {
        char c = text.charAt(i);
        char before = i > paragraph.start() ? text.charAt(i - 1) : ' ';
        char after = i + 1 < paragraph.end() ? text.charAt(i + 1) : ' ';
        boolean wordBefore = Character.isLetterOrDigit(before);
        boolean wordAfter = Character.isLetterOrDigit(after);
        if (QuoteMarks.opensOnly(c)) {
            // "We are ready,“ she said: an opening mark typed where the closing one belongs
            boolean endsWord = !Character.isWhitespace(before) && !QuoteMarks.isMark(before) && i > paragraph.start();
            boolean nothingAfter = Character.isWhitespace(after) || ".,;:!?)]}".indexOf(after) >= 0;
            return pending && endsWord && nothingAfter && QuoteMarks.family(c) == Family.DOUBLE ? Role.CLOSE : Role.OPEN;
        }
        if (QuoteMarks.closesOnly(c)) {
            return pending || wordBefore || !wordAfter ? Role.CLOSE : Role.OPEN;
        }
        if (QuoteMarks.family(c) == Family.SINGLE) {
            if (wordBefore && wordAfter) {
                return Role.NONE; // don’t, Russia’s
            }
            if (!wordBefore && (isDecade(text, i + 1, paragraph) || isElision(text, i + 1, paragraph))) {
                return Role.NONE; // ’90s, ’em
            }
        }
        boolean spaceBefore = Character.isWhitespace(before) || "([{—–-/".indexOf(before) >= 0 || QuoteMarks.isMark(before);
        boolean ellipsis = after == '…' || after == '.' && i + 2 < paragraph.end() && text.charAt(i + 2) == '.';
        boolean spaceAfter = !ellipsis && (Character.isWhitespace(after) || ".,;:!?)]}—–-".indexOf(after) >= 0
                || QuoteMarks.isMark(after));
        if (spaceBefore && !spaceAfter) {
            return Role.OPEN;
        }
        if (!spaceBefore && spaceAfter) {
            // students’ is an apostrophe unless a single quotation is waiting to close
            return pending || QuoteMarks.family(c) == Family.DOUBLE ? Role.CLOSE : Role.NONE;
        }
        if (spaceBefore) {
            return pending ? Role.CLOSE : Role.NONE;
        }
        return pending && !(wordBefore && wordAfter) ? Role.CLOSE : Role.NONE;
    }

    private static void close(Deque<Open> open, Family family, int end, List<QuotedText> found) {
        int depth = open.size();
        for (Open candidate : open) {
            depth--;
            if (candidate.family() == family) {
                while (open.peek() != candidate) {
                    open.pop(); // an inner quotation that never closed
                }
                open.pop();
                found.add(new QuotedText(new Span(candidate.offset(), end), depth, candidate.continues(), false));
                return;
            }
        }
    }

    /**
     * A double quotation opening while another is open means the first ended without its
     * closing mark (common when a quotation goes on in a new sentence): end it before this one.
     */
    private static void closeUnmarked(String text, Deque<Open> open, Family family, int at, List<QuotedText> found) {
        if (family != Family.DOUBLE || open.isEmpty() || open.peek().family() != Family.DOUBLE) {
            return;
        }
        int end = at;
        while (end > open.peek().offset() + 1 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        Open pending = open.pop();
        found.add(new QuotedText(new Span(pending.offset(), end), open.size(), pending.continues(), false));
    }

    private static boolean hasOpen(Deque<Open> open, Family family) {
        return open.stream().anyMatch(o -> o.family() == family);
    }

    private static Open bottomDouble(Deque<Open> open) {
        Open bottom = null;
        for (Open o : open) {
            if (o.family() == Family.DOUBLE) {
                bottom = o;
            }
        }
        return bottom;
    }

    private static int depthOf(Deque<Open> open, Open which) {
        int depth = open.size();
        for (Open o : open) {
            depth--;
            if (o == which) {
                return depth;
            }
        }
        return 0;
    }

    /** The next paragraph opens with a quotation mark, or closes one before opening any. */
    private static boolean continuesInto(String text, Span next) {
        if (startsWithOpening(text, next)) {
            return true;
        }
        boolean pending = false;
        for (int i = next.start(); i < next.end(); i++) {
            char c = text.charAt(i);
            if (QuoteMarks.isMark(c) && QuoteMarks.family(c) == Family.DOUBLE) {
                Role role = role(text, i, next, pending);
                if (role == Role.OPEN) {
                    pending = true;
                } else if (role == Role.CLOSE) {
                    if (!pending) {
                        return true;
                    }
                    pending = false;
                }
            }
        }
        return false;
    }

    private static boolean startsWithOpening(String text, Span paragraph) {
        int i = firstMark(text, paragraph);
        return i >= 0 && QuoteMarks.family(text.charAt(i)) == Family.DOUBLE
                && role(text, i, paragraph, false) == Role.OPEN;
    }

    /** Offset of a quotation mark that starts the paragraph (after bullets and spaces), or -1. */
    private static int firstMark(String text, Span paragraph) {
        for (int i = paragraph.start(); i < paragraph.end(); i++) {
            char c = text.charAt(i);
            if (QuoteMarks.isMark(c)) {
                return i;
            }
            if (Character.isLetterOrDigit(c)) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isDecade(String text, int i, Span paragraph) {
        return i + 1 < paragraph.end() && Character.isDigit(text.charAt(i)) && Character.isDigit(text.charAt(i + 1))
                && (i + 2 >= paragraph.end() || !Character.isDigit(text.charAt(i + 2)));
    }

    private static boolean isElision(String text, int i, Span paragraph) {
        int end = i;
        while (end < paragraph.end() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return ELISIONS.contains(text.substring(i, end).toLowerCase(java.util.Locale.ROOT));
    }
}
