package org.closeread.quiz;

import java.util.List;
import java.util.Objects;

/**
 * One lesson's quiz as a student took it (their latest attempt): whether it is finished, the quiz score
 * and the score per lens.
 */
public record LessonSkills(String lessonSlug, String lessonTitle, boolean finished, int percent,
                           List<LensScore> lenses) {

    public LessonSkills {
        Objects.requireNonNull(lessonSlug, "lessonSlug");
        Objects.requireNonNull(lessonTitle, "lessonTitle");
        lenses = List.copyOf(lenses);
    }
}
