package org.closeread.lesson;

import java.util.Objects;

/**
 * The two files of a lesson folder, as text: what is read, what is kept with the stored lesson, and
 * what is exported again byte for byte. {@code slug} is the folder's name.
 */
public record LessonSource(String slug, String articleText, String lessonYaml) {

    public LessonSource {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(articleText, "articleText");
        Objects.requireNonNull(lessonYaml, "lessonYaml");
    }

    /** Same files, same hash: how loading and publishing tell that nothing changed. */
    public String contentHash() {
        return LessonFileReader.hash(articleText, lessonYaml);
    }
}
