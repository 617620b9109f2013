package org.closeread.authoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.closeread.lesson.LessonFileReader;
import org.closeread.lesson.LessonSource;

/** The first real lesson's files, as they are in {@code lessons/}. */
final class FirstLesson {

    static final String SLUG = "china-russia-defence-ministers";

    private FirstLesson() {
    }

    static LessonSource source() {
        Path folder = Path.of("lessons", SLUG);
        try {
            return new LessonSource(SLUG,
                    Files.readString(folder.resolve(LessonFileReader.ARTICLE_FILE), StandardCharsets.UTF_8),
                    Files.readString(folder.resolve(LessonFileReader.LESSON_FILE), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
