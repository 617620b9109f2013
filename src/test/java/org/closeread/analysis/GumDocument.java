package org.closeread.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * One GUM news document rebuilt as plain text with the gold quotations ({@code <q>} and
 * {@code <quote>}) as character spans. GUM keeps one token a line; spacing is put back with
 * the usual rules (no space before closing punctuation and clitics, none after opening
 * brackets), and a quote mark attaches to the word it opens or closes as its Penn tag
 * ({@code ``} or {@code ''}) says, as in the original text.
 */
record GumDocument(String name, String text, List<GoldToken> tokens, List<Span> quotes) {

    record GoldToken(String word, String tag, Span span, int paragraph) {
        boolean isWord() {
            return word.chars().anyMatch(Character::isLetterOrDigit);
        }
    }

    private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ":", ";", "!", "?", ")", "]", "}", "%",
            "'s", "’s", "n't", "n’t", "'re", "’re", "'ve", "'ll", "'m", "'d", "...");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "{", "$", "#", "@");

    static GumDocument read(Path xml) throws IOException {
        StringBuilder text = new StringBuilder();
        List<GoldToken> tokens = new ArrayList<>();
        List<int[]> quoteTokens = new ArrayList<>();
        Deque<Integer> openQuotes = new ArrayDeque<>();
        int paragraph = -1;
        boolean newParagraph = true;
        boolean inWord = false;
        boolean firstInWord = false;
        boolean glueNext = true;
        for (String line : Files.readAllLines(xml)) {
            if (line.startsWith("<")) {
                String tag = line.replaceAll("^</?([a-z]+).*", "$1");
                boolean closing = line.startsWith("</");
                if (!closing && (tag.equals("p") || tag.equals("head") || tag.equals("caption"))) {
                    newParagraph = true;
                } else if (tag.equals("w")) {
                    inWord = !closing;
                    firstInWord = !closing;
                } else if (tag.equals("q") || tag.equals("quote")) {
                    if (closing) {
                        quoteTokens.add(new int[] {openQuotes.pop(), tokens.size()});
                    } else {
                        openQuotes.push(tokens.size());
                    }
                }
                continue;
            }
            String[] columns = line.split("\t");
            String word = columns[0];
            String tag = columns.length > 1 ? columns[1] : "";
            if (newParagraph) {
                if (text.length() > 0) {
                    text.append("\n\n");
                }
                paragraph++;
                newParagraph = false;
                glueNext = true;
            }
            boolean glue = glueNext || (inWord && !firstInWord) || NO_SPACE_BEFORE.contains(word) || tag.equals("''")
                    || tag.equals("POS");
            firstInWord = false;
            if (!glue) {
                text.append(' ');
            }
            int start = text.length();
            text.append(word);
            tokens.add(new GoldToken(word, tag, new Span(start, text.length()), paragraph));
            glueNext = tag.equals("``") || NO_SPACE_AFTER.contains(word);
        }
        List<Span> quotes = merged(quoteTokens, tokens);
        return new GumDocument(xml.getFileName().toString().replace(".xml", ""), text.toString(), tokens, quotes);
    }

    /**
     * GUM's XML must nest in sentences, so a quotation that opens mid-sentence and runs on is
     * split at the sentence end; pieces with nothing between them in one paragraph are one
     * quotation again.
     */
    private static List<Span> merged(List<int[]> ranges, List<GoldToken> tokens) {
        ranges.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        List<int[]> merged = new ArrayList<>();
        for (int[] r : ranges) {
            if (r[1] <= r[0]) {
                continue;
            }
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && last[1] == r[0] && tokens.get(last[0]).paragraph() == tokens.get(r[0]).paragraph()) {
                last[1] = r[1];
            } else {
                merged.add(new int[] {r[0], r[1]});
            }
        }
        List<Span> spans = new ArrayList<>();
        for (int[] r : merged) {
            spans.add(new Span(tokens.get(r[0]).span().start(), tokens.get(r[1] - 1).span().end()));
        }
        return spans;
    }

    /** Word tokens (letters or digits) inside a span: the unit of the 50 % overlap rule. */
    List<Integer> wordsIn(Span span) {
        List<Integer> words = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).isWord() && span.contains(tokens.get(i).span())) {
                words.add(i);
            }
        }
        return words;
    }
}
