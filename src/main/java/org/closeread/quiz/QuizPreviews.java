package org.closeread.quiz;

import java.util.Optional;

/**
 * Quizzes and exercises as they will be once published, for teachers to try: the authoring feature
 * provides them from its drafts. Answers in a preview are scored here and never stored.
 */
public interface QuizPreviews {

    /** The lesson's questions if it were published now; empty if it cannot be read yet. */
    Optional<QuizPreview> quizPreview(String slug);
}
