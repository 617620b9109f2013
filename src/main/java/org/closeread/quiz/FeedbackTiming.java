package org.closeread.quiz;

import java.util.Arrays;
import java.util.Optional;

/** When a quiz shows results: after each question, or all together at the end. */
public enum FeedbackTiming {
    AFTER_EACH("after-each"),
    AT_END("at-end");

    private final String id;

    FeedbackTiming(String id) {
        this.id = id;
    }

    /** The name used in lesson files. */
    public String id() {
        return id;
    }

    public static Optional<FeedbackTiming> fromId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }
}
