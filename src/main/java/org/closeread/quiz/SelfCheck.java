package org.closeread.quiz;

import java.util.List;
import java.util.Set;

/** A written answer's self-check: the model answer, the rubric, and the points the student ticked. */
public record SelfCheck(String modelAnswer, List<String> rubric, Set<Integer> ticked) {

    public SelfCheck {
        rubric = List.copyOf(rubric);
        ticked = Set.copyOf(ticked);
    }
}
