package org.closeread.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Runs OpenNLP over the text: sentences within each line, tokens, part-of-speech tags, and
 * lemmas for the words our word lists might hold. Lemmatizing one word at a time is several
 * times faster than whole sentences and gives the same lemmas for the words we look up.
 * One tagger serves one text.
 */
final class Tagger {

    private final EnglishModels models;
    private final Predicate<String> worthLemmatizing;
    /** A word comes back many times in one article ("said"); the lemmatizer is asked once per word and tag. */
    private final Map<String, String> lemmas = new HashMap<>();

    Tagger(EnglishModels models, Predicate<String> worthLemmatizing) {
        this.models = models;
        this.worthLemmatizing = worthLemmatizing;
    }

    TaggedText tag(String text) {
        // The models were trained on mostly straight quotes; same-length swaps keep the offsets.
        String plain = QuoteMarks.straighten(text);
        List<Span> paragraphs = Paragraphs.of(text);
        List<Sentence> sentences = new ArrayList<>();
        for (Span line : Paragraphs.lines(plain)) {
            String lineText = line.of(plain);
            if (lineText.isBlank()) {
                continue;
            }
            int paragraph = paragraphIndex(paragraphs, line.start() + firstNonSpace(lineText));
            for (opennlp.tools.util.Span s : models.sentences.sentPosDetect(lineText)) {
                int offset = line.start() + s.getStart();
                String sentenceText = plain.substring(offset, line.start() + s.getEnd());
                List<Token> tokens = tokens(text, sentenceText, offset);
                if (!tokens.isEmpty()) {
                    sentences.add(new Sentence(sentences.size(),
                            new Span(offset, line.start() + s.getEnd()), tokens, paragraph));
                }
            }
        }
        return new TaggedText(text, paragraphs, List.copyOf(sentences));
    }

    private List<Token> tokens(String original, String sentence, int offset) {
        opennlp.tools.util.Span[] spans = models.tokens.tokenizePos(sentence);
        String[] words = opennlp.tools.util.Span.spansToStrings(spans, sentence);
        if (words.length == 0) {
            return List.of();
        }
        String[] tags = models.tags.tag(words);
        List<Token> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            var span = new Span(offset + spans[i].getStart(), offset + spans[i].getEnd());
            String lower = words[i].toLowerCase(Locale.ROOT);
            String lemma = worthLemmatizing.test(lower) ? lemma(words[i], tags[i]) : lower;
            tokens.add(new Token(span.of(original), span, tags[i], lemma));
        }
        return tokens;
    }

    private String lemma(String word, String tag) {
        return lemmas.computeIfAbsent(word + '\t' + tag, k -> models.lemmas
                .lemmatize(new String[] {word}, new String[] {tag})[0].toLowerCase(Locale.ROOT));
    }

    private static int paragraphIndex(List<Span> paragraphs, int offset) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).contains(offset)) {
                return i;
            }
        }
        return -1;
    }

    private static int firstNonSpace(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
