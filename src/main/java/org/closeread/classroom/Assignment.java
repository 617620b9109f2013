package org.closeread.classroom;

import java.util.Objects;

/** A lesson (or only its quiz) given to a class; students see it while it and the class are open. */
public record Assignment(long id, String lessonSlug, String lessonTitle, AssignmentKind kind, boolean open,
                         int position) {

    public Assignment {
        Objects.requireNonNull(lessonSlug, "lessonSlug");
        Objects.requireNonNull(lessonTitle, "lessonTitle");
        Objects.requireNonNull(kind, "kind");
    }

    /** Where a student starts it. */
    public String path() {
        return kind.path(lessonSlug);
    }
}
