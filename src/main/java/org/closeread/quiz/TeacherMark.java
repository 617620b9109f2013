package org.closeread.quiz;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A teacher's mark of a written answer in a class: the rubric, the points the teacher found met, an
 * optional comment the student sees, who marked it and when.
 */
public record TeacherMark(List<String> rubric, Set<Integer> met, String comment, String markedBy,
                          Instant markedAt) {

    public TeacherMark {
        rubric = List.copyOf(rubric);
        met = Set.copyOf(met);
        comment = comment == null ? "" : comment.strip();
        Objects.requireNonNull(markedBy, "markedBy");
        Objects.requireNonNull(markedAt, "markedAt");
        int size = rubric.size();
        if (met.stream().anyMatch(i -> i < 0 || i >= size)) {
            throw new IllegalArgumentException("a met point is one of the rubric's " + size + " points");
        }
    }

    /** "2 of 3 points", as the results file writes it; pages say it with the key quiz.points. */
    public String points() {
        return met.size() + " of " + rubric.size() + " points";
    }
}
