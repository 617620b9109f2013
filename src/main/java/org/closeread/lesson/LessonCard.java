package org.closeread.lesson;

import java.time.LocalDate;
import java.util.List;
import org.closeread.article.Lens;

/** What the library shows of a lesson. */
public record LessonCard(String slug, String title, String articleTitle, String outlet, LocalDate date,
                         int minutes, String level, List<Lens> lenses, List<String> objectives, List<String> skills,
                         boolean twoPaths, int coreMinutes, int fullMinutes) {

    public LessonCard {
        lenses = List.copyOf(lenses);
        objectives = List.copyOf(objectives);
        skills = List.copyOf(skills);
    }

    /** A card of a lesson with one path and nothing more to say. */
    public LessonCard(String slug, String title, String articleTitle, String outlet, LocalDate date, int minutes,
                      String level, List<Lens> lenses) {
        this(slug, title, articleTitle, outlet, date, minutes, level, lenses, List.of(), List.of(), false, minutes,
                minutes);
    }
}
