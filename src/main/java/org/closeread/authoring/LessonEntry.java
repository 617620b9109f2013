package org.closeread.authoring;

import java.time.Instant;

/** A lesson in the teacher's list: a draft, a published lesson, or both. */
public record LessonEntry(String slug, String title, DraftStatus status, boolean hasDraft, String updatedBy,
                          Instant updatedAt) {
}
