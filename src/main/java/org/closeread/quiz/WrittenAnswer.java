package org.closeread.quiz;

import java.util.Objects;
import java.util.Set;

/**
 * A written answer and the rubric points (by index) the student says it meets. The ticks come after
 * the student has seen the model answer and the rubric, so a first answer has none.
 */
public record WrittenAnswer(String text, Set<Integer> rubricMet) implements Answer {

    public WrittenAnswer {
        text = Objects.requireNonNullElse(text, "");
        rubricMet = Set.copyOf(rubricMet);
    }

    public WrittenAnswer(String text) {
        this(text, Set.of());
    }
}
