package org.closeread.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * What another feature adds to the guided reading of a lesson (a step's practice exercises, a link
 * to the quiz), so the lesson views can show it without depending on that feature.
 */
public interface LessonAddOn {

    /** Shown under the teaching text of a step. */
    default Optional<Component> forStep(String lessonSlug, String stepId) {
        return Optional.empty();
    }

    /** Shown with the lesson's title, on every step. */
    default Optional<Component> forLesson(String lessonSlug) {
        return Optional.empty();
    }

    /** Shown under the teaching text of a step, on a path ({@code core} or {@code full}). */
    default Optional<Component> forStep(String lessonSlug, String stepId, String path) {
        return forStep(lessonSlug, stepId);
    }

    /** Shown with the lesson's title, on a path ({@code core} or {@code full}). */
    default Optional<Component> forLesson(String lessonSlug, String path) {
        return forLesson(lessonSlug);
    }

    /** In a teacher's preview of an unpublished lesson: what {@link #forStep} will show once it is published. */
    default Optional<Component> forPreviewStep(String lessonSlug, String stepId) {
        return Optional.empty();
    }

    /** In a teacher's preview of an unpublished lesson: what {@link #forLesson} will show once it is published. */
    default Optional<Component> forPreviewLesson(String lessonSlug) {
        return Optional.empty();
    }
}
