package org.closeread.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.closeread.article.TextSpan;

/**
 * A phrase a highlight question asks the student to mark, and other wordings of it that are accepted
 * just as well (with or without the quote marks, a few words shorter...).
 */
public record Target(TextSpan span, List<TextSpan> alternatives) {

    public Target {
        Objects.requireNonNull(span, "span");
        alternatives = List.copyOf(alternatives);
    }

    public Target(TextSpan span) {
        this(span, List.of());
    }

    /** The target and its alternatives, the target first. */
    public List<TextSpan> accepted() {
        List<TextSpan> accepted = new ArrayList<>();
        accepted.add(span);
        accepted.addAll(alternatives);
        return accepted;
    }
}
