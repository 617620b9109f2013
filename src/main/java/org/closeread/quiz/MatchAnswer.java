package org.closeread.quiz;

import java.util.Map;

/** For each left-hand item (by index), the right-hand choice (by index in the shown list) put beside it. */
public record MatchAnswer(Map<Integer, Integer> matches) implements Answer {

    public MatchAnswer {
        matches = Map.copyOf(matches);
    }
}
