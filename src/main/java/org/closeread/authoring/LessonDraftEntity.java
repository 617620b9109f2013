package org.closeread.authoring;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.closeread.lesson.LessonSource;

/** A draft as stored: the two files of its lesson folder, who saved it last, and its version for locking. */
@Entity
@Table(name = "lesson_draft")
class LessonDraftEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    String slug;
    String articleText;
    String lessonYaml;

    /** Keys of rejected suggestions, one per line. */
    String dismissedSuggestions = "";

    String createdBy;
    String updatedBy;
    Instant updatedAt;

    @Version
    long version;

    LessonSource source() {
        return new LessonSource(slug, articleText, lessonYaml);
    }

    void write(LessonSource source, String teacher) {
        articleText = source.articleText();
        lessonYaml = source.lessonYaml();
        updatedBy = teacher;
        updatedAt = Instant.now();
    }

    Set<String> dismissed() {
        Set<String> keys = new LinkedHashSet<>(Arrays.asList(dismissedSuggestions.split("\n")));
        keys.remove("");
        return keys;
    }
}
