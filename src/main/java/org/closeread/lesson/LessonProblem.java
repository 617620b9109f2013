package org.closeread.lesson;

import java.util.Objects;
import org.closeread.base.Message;

/**
 * Something wrong in a lesson file: which file, which line (1-based; 0 when not known), and what, as a key
 * of the translations file and its arguments ({@code words}); pages show it in the teacher's language,
 * {@link #message()} gives it in English for logs, files and tests.
 */
public record LessonProblem(String file, int line, Message words) {

    public LessonProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(words, "words");
    }

    /** What is wrong, in English. */
    public String message() {
        return words.english();
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message() : file + ": " + message();
    }
}
