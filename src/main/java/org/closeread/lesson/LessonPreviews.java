package org.closeread.lesson;

import java.util.Optional;

/**
 * Lessons as they will read once published, for teachers to preview: the authoring feature provides
 * them from its drafts, so the lesson views can show a draft without knowing about drafts.
 */
public interface LessonPreviews {

    /** The lesson as students would read it if it were published now; empty if it cannot be read yet. */
    Optional<LessonReading> preview(String slug);
}
