package org.closeread.quiz;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The options picked in a single or multiple choice question; picking one twice counts once. */
public record ChoiceAnswer(Set<Integer> options) implements Answer {

    public ChoiceAnswer {
        options = Set.copyOf(options);
    }

    public static ChoiceAnswer of(int... options) {
        return new ChoiceAnswer(IntStream.of(options).boxed().collect(Collectors.toSet()));
    }
}
