package org.closeread.authoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.closeread.analysis.Suggestion;
import org.closeread.article.Article;
import org.closeread.article.Lens;
import org.closeread.article.TextSpan;

/**
 * Turns the analyser's suggestions on an article's plain text into annotation suggestions on its
 * blocks: only the facts of the lens are kept, a first explanation is drafted from them, and what is
 * already annotated with the same lens, or was rejected, is left out.
 */
final class Suggestions {

    private Suggestions() {
    }

    static List<SuggestedAnnotation> of(LessonDraft draft, List<Suggestion> found, Set<String> rejected) {
        Article article = draft.toArticle();
        Map<Lens, List<TextSpan>> annotated = new LinkedHashMap<>();
        for (DraftAnnotation annotation : draft.annotations()) {
            Anchors.find(article, annotation.text(), annotation.occurrence()).ifPresent(span ->
                    annotated.computeIfAbsent(annotation.lens(), lens -> new ArrayList<>()).add(span));
        }
        List<SuggestedAnnotation> suggestions = new ArrayList<>();
        for (Suggestion suggestion : found) {
            Lens lens = Lens.valueOf(suggestion.lens().name());
            Optional<TextSpan> span = inBlock(article, suggestion.span().start(), suggestion.span().end());
            if (span.isEmpty() || rejected.contains(SuggestedAnnotation.keyOf(lens, span.get()))
                    || annotated.getOrDefault(lens, List.of()).stream().anyMatch(span.get()::overlaps)) {
                continue;
            }
            Map<String, String> facts = facts(lens, suggestion);
            String words = withoutOwnMarks(article.text(span.get()));
            suggestions.add(new SuggestedAnnotation(SuggestedAnnotation.keyOf(lens, span.get()), lens, span.get(),
                    words, facts, explanation(lens, words, facts), suggestion.reason()));
        }
        return suggestions;
    }

    /** The annotation an accepted suggestion becomes, anchored like any other. */
    static DraftAnnotation accept(LessonDraft draft, SuggestedAnnotation suggestion) {
        Anchors.Anchor anchor = Anchors.of(draft.toArticle(), suggestion.span());
        return new DraftAnnotation("", suggestion.lens(), anchor.text(), anchor.occurrence(),
                suggestion.explanation(), suggestion.facts());
    }

    /**
     * The words of a suggestion as they are shown (between our own “ ”): a quotation's own marks
     * are left off, so "“no realistic alternative”" is not shown with two pairs. The span, and so
     * the annotation made on accepting, still covers the marks.
     */
    static String withoutOwnMarks(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isQuoteMark(text.charAt(start))) {
            start++;
        }
        if (start == 0) {
            return text;
        }
        // the closing mark may stand before or after the sentence's punctuation: “…,” and “…”.
        int close = end;
        while (close > start && ",.;:!?".indexOf(text.charAt(close - 1)) >= 0) {
            close--;
        }
        if (close > start && isQuoteMark(text.charAt(close - 1))) {
            String inside = text.substring(start, close - 1).strip();
            return inside.isEmpty() ? text : inside + text.substring(close);
        }
        while (end > start && isQuoteMark(text.charAt(end - 1))) {
            end--;
        }
        String inside = text.substring(start, end).strip();
        return inside.isEmpty() ? text : inside;
    }

    private static boolean isQuoteMark(char c) {
        return c == '"' || c == '“' || c == '”' || c == '‘' || c == '’' || c == '«' || c == '»' || c == '„';
    }

    private static Optional<TextSpan> inBlock(Article article, int start, int end) {
        for (int i = 0; i < article.blocks().size(); i++) {
            int offset = article.offsetOf(i);
            int length = article.block(i).text().length();
            if (start >= offset && end <= offset + length && end > start) {
                return Optional.of(new TextSpan(i, start - offset, end - offset));
            }
        }
        return Optional.empty();
    }

    private static Map<String, String> facts(Lens lens, Suggestion suggestion) {
        Map<String, String> given = suggestion.facts();
        Map<String, String> facts = new LinkedHashMap<>();
        switch (lens) {
            case QUOTE -> List.of("speaker", "form", "channel", "verb").forEach(key -> put(facts, key, given.get(key)));
            case SOURCE -> {
                put(facts, "source", given.get("source"));
                put(facts, "signal", given.get("verb"));
                if ("unnamed".equals(given.get("channel"))) {
                    facts.put("sourceType", "unnamed report");
                }
            }
            case FRAMING -> {
                put(facts, "voice", given.get("voice"));
                facts.put("wording", suggestion.text());
            }
            default -> {
            }
        }
        return facts;
    }

    private static String explanation(Lens lens, String text, Map<String, String> facts) {
        return switch (lens) {
            case QUOTE -> facts.containsKey("speaker")
                    ? "These are " + facts.get("speaker") + "'s words"
                    + ("indirect".equals(facts.get("form")) ? ", in the reporter's paraphrase" : "")
                    + (facts.containsKey("channel") && !"unnamed".equals(facts.get("channel"))
                    ? ", relayed by " + facts.get("channel") : "") + "."
                    : "A quotation: who said it, and through whom?";
            case SOURCE -> facts.containsKey("source")
                    ? "This comes from " + facts.get("source") + "; the text signals it with “"
                    + facts.getOrDefault("signal", text) + "”."
                    : "Where does this information come from? The text does not say clearly.";
            case FRAMING -> "“" + text + "” is loaded wording, in "
                    + ("quoted".equals(facts.get("voice")) ? "a quoted speaker's voice." : "the reporter's own voice.");
            default -> text;
        };
    }

    private static void put(Map<String, String> facts, String key, String value) {
        if (value != null && !value.isBlank()) {
            facts.put(key, value);
        }
    }
}
