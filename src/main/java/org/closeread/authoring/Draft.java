package org.closeread.authoring;

import java.time.Instant;
import org.closeread.lesson.LessonSource;

/**
 * A draft as an editor holds it: its content, its files, where it stands, and the version it was read
 * at; saving with an older version is refused, so nobody's changes are silently lost.
 */
public record Draft(String slug, long version, LessonDraft content, LessonSource files, DraftStatus status,
                    String updatedBy, Instant updatedAt) {
}
