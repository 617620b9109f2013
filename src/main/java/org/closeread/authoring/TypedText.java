package org.closeread.authoring;

import java.util.List;
import java.util.Objects;

/** What a teacher typed into a one-line field: never null, no spaces around it. */
final class TypedText {

    private TypedText() {
    }

    static String clean(String text) {
        return text == null ? "" : text.strip();
    }

    /** One item per non-blank line, each stripped: objectives, order items, rubric points. */
    static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    static List<String> cleanAll(List<String> texts) {
        return texts == null ? List.of() : texts.stream().filter(Objects::nonNull).map(String::strip)
                .filter(text -> !text.isEmpty()).toList();
    }
}
