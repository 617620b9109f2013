package org.closeread.quiz;

/**
 * What a student just did in a quiz or a step's exercises, published as a Spring application event by
 * {@link QuizService} inside its transaction. Listen after commit, so what you read back is stored.
 */
public sealed interface QuizActivity {

    long participantId();

    long attemptId();

    String lessonSlug();

    /** {@code quiz} for the lesson's quiz, {@code step:<id>} for a step's exercises. */
    String quizKey();

    /** The student began an attempt (the first time, or to take the quiz again). */
    record AttemptStarted(long participantId, long attemptId, String lessonSlug, String quizKey)
            implements QuizActivity {
    }

    /** An answer was stored (a first answer or a changed one). */
    record AnswerRecorded(long participantId, long attemptId, String lessonSlug, String quizKey, String questionId)
            implements QuizActivity {
    }

    /** The student finished the attempt. */
    record AttemptFinished(long participantId, long attemptId, String lessonSlug, String quizKey)
            implements QuizActivity {
    }
}
