package org.closeread.authoring;

import org.closeread.lesson.LessonFileReader;
import org.closeread.lesson.LessonSource;

/** The first real lesson read as an editor reads it, for tests of other features without Spring. */
public final class FirstLessonDraft {

    public static final String SLUG = FirstLesson.SLUG;

    private FirstLessonDraft() {
    }

    public static LessonDraft draft() {
        return DraftReader.read(FirstLesson.source());
    }

    /** Any lesson folder under {@code lessons/}, read as an editor reads it. */
    public static LessonDraft of(java.nio.file.Path folder) throws java.io.IOException {
        return DraftReader.read(new LessonSource(folder.getFileName().toString(),
                java.nio.file.Files.readString(folder.resolve(LessonFileReader.ARTICLE_FILE)),
                java.nio.file.Files.readString(folder.resolve(LessonFileReader.LESSON_FILE))));
    }
}
