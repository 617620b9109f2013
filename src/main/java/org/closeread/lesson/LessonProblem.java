package org.closeread.lesson;

/** Something wrong in a lesson file: which file, which line (1-based; 0 when not known), and what. */
public record LessonProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
