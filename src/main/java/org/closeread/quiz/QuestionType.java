package org.closeread.quiz;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of question; {@link #id()} is the name used in lesson files and the public API. */
public enum QuestionType {
    SINGLE("single"),
    MULTIPLE("multiple"),
    TRUE_FALSE("truefalse"),
    HIGHLIGHT("highlight"),
    MATCH("match"),
    ORDER("order"),
    WRITTEN("written");

    private final String id;

    QuestionType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<QuestionType> fromId(String id) {
        String wanted = id == null ? "" : id.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.id.equals(wanted)).findFirst();
    }
}
