package org.closeread.lesson;

import java.time.LocalDate;
import java.util.List;
import org.closeread.article.Lens;

/** What the library shows of a lesson. */
public record LessonCard(String slug, String title, String articleTitle, String outlet, LocalDate date,
                         int minutes, String level, List<Lens> lenses) {
}
