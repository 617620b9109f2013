package org.closeread.quiz;

import java.util.List;

/**
 * What a student may see of a question before answering it: never its key, feedback or explanation.
 * The public API and the browser only ever get this. Lists a type does not use are empty:
 * {@code options} for choices, {@code lefts} and {@code rights} for matching, {@code items} for
 * ordering, {@code blocks} (block indices to mark in) for highlighting. Options, rights and items are
 * shuffled the same way every time, never in the lesson file's order.
 */
public record PromptView(String id, QuestionType type, String prompt, List<String> options, List<String> lefts,
                         List<String> rights, List<String> items, List<Integer> blocks) {

    public PromptView {
        options = List.copyOf(options);
        lefts = List.copyOf(lefts);
        rights = List.copyOf(rights);
        items = List.copyOf(items);
        blocks = List.copyOf(blocks);
    }

    static PromptView plain(Stem stem, QuestionType type) {
        return new PromptView(stem.id(), type, stem.prompt(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    static PromptView choices(Stem stem, QuestionType type, List<String> options) {
        return new PromptView(stem.id(), type, stem.prompt(), options, List.of(), List.of(), List.of(), List.of());
    }

    static PromptView match(Stem stem, List<String> lefts, List<String> rights) {
        return new PromptView(stem.id(), QuestionType.MATCH, stem.prompt(), List.of(), lefts, rights, List.of(),
                List.of());
    }

    static PromptView order(Stem stem, List<String> items) {
        return new PromptView(stem.id(), QuestionType.ORDER, stem.prompt(), List.of(), List.of(), List.of(), items,
                List.of());
    }

    static PromptView highlight(Stem stem, List<Integer> blocks) {
        return new PromptView(stem.id(), QuestionType.HIGHLIGHT, stem.prompt(), List.of(), List.of(), List.of(),
                List.of(), blocks);
    }
}
