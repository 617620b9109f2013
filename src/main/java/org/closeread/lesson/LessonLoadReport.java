package org.closeread.lesson;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/** What the last loading of lesson folders found wrong; shown to teachers, since students never see it. */
@Component
public class LessonLoadReport {

    private final List<LessonProblem> problems = new CopyOnWriteArrayList<>();

    public List<LessonProblem> problems() {
        return List.copyOf(problems);
    }

    void replaceWith(List<LessonProblem> found) {
        problems.clear();
        problems.addAll(found);
    }
}
