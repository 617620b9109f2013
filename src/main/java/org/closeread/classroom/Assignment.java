package org.closeread.classroom;

import java.util.Objects;
import java.util.Optional;
import org.closeread.lesson.LessonPath;
import org.closeread.quiz.FeedbackTiming;

/**
 * A lesson (or only its quiz) given to a class; students see it while it and the class are open, and
 * answer only then. The teacher may choose when feedback is shown (empty: as the lesson's quiz says).
 */
public record Assignment(long id, String lessonSlug, String lessonTitle, AssignmentKind kind, boolean open,
                         int position, Optional<FeedbackTiming> feedback, LessonPath lessonPath) {

    public Assignment {
        Objects.requireNonNull(lessonSlug, "lessonSlug");
        Objects.requireNonNull(lessonTitle, "lessonTitle");
        Objects.requireNonNull(kind, "kind");
        feedback = Objects.requireNonNullElse(feedback, Optional.empty());
        lessonPath = Objects.requireNonNullElse(lessonPath, LessonPath.FULL);
    }

    public Assignment(long id, String lessonSlug, String lessonTitle, AssignmentKind kind, boolean open,
                      int position, Optional<FeedbackTiming> feedback) {
        this(id, lessonSlug, lessonTitle, kind, open, position, feedback, LessonPath.FULL);
    }

    /** An assignment whose quiz shows feedback as its lesson says. */
    public Assignment(long id, String lessonSlug, String lessonTitle, AssignmentKind kind, boolean open,
                      int position) {
        this(id, lessonSlug, lessonTitle, kind, open, position, Optional.empty(), LessonPath.FULL);
    }

    /** Where a student starts it. */
    public String path() {
        return kind.path(lessonSlug) + (lessonPath == LessonPath.CORE ? "?path=core" : "");
    }
}
