package org.closeread.lesson;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one lesson file, so an author sees all of them at once. */
public final class Problems {

    private final String file;
    private final List<LessonProblem> found = new ArrayList<>();

    public Problems(String file) {
        this.file = file;
    }

    public void add(int line, String message) {
        found.add(new LessonProblem(file, line, message));
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<LessonProblem> list() {
        return List.copyOf(found);
    }
}
