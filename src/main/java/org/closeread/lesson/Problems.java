package org.closeread.lesson;

import java.util.ArrayList;
import java.util.List;
import org.closeread.base.Message;

/** Collects the problems of one lesson file, so an author sees all of them at once. */
public final class Problems {

    private final String file;
    private final List<LessonProblem> found = new ArrayList<>();

    public Problems(String file) {
        this.file = file;
    }

    /** A problem on {@code line}: {@code key} of the translations file (problem.…) and its arguments. */
    public void add(int line, String key, Object... args) {
        if (!key.startsWith("problem.")) {
            throw new IllegalArgumentException("a lesson file problem is said with a problem.… key, not " + key);
        }
        found.add(new LessonProblem(file, line, Message.of(key, args)));
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<LessonProblem> list() {
        return List.copyOf(found);
    }
}
