package org.closeread.course;

import java.util.List;
import java.util.Objects;
import org.closeread.lesson.LessonCard;
import org.closeread.quiz.LessonProgress;

/**
 * A lesson as the library shows it: its place in the course (1, 2, …; 0 outside the course), its card,
 * the skills it trains (empty when its file names none: the card then shows its lenses) and how far
 * the student is with it.
 */
public record CourseLesson(int number, LessonCard card, List<String> skills, LessonProgress progress) {

    public CourseLesson {
        Objects.requireNonNull(card, "card");
        skills = List.copyOf(skills);
        Objects.requireNonNull(progress, "progress");
    }

    public String slug() {
        return card.slug();
    }
}
