package org.closeread.quiz;

import java.util.List;
import java.util.Optional;

/** A student's quizzes lesson by lesson, and their score per lens over all of them together. */
public record SkillReport(List<LessonSkills> lessons) {

    public SkillReport {
        lessons = List.copyOf(lessons);
    }

    public static SkillReport empty() {
        return new SkillReport(List.of());
    }

    /** Every lens over all the lessons: points and questions added up. */
    public List<LensScore> overall() {
        return LensScores.across(lessons.stream().map(LessonSkills::lenses).toList());
    }

    public Optional<LessonSkills> lesson(String slug) {
        return lessons.stream().filter(l -> l.lessonSlug().equals(slug)).findFirst();
    }

    public boolean isEmpty() {
        return lessons.isEmpty();
    }
}
