package org.closeread.quiz;

import java.util.Optional;

/**
 * When an answer may still change, and which try counts. Plain rules, the same for every question type:
 * <ul>
 *   <li>a quiz with feedback after each question: the first answer is final, because its feedback (the
 *       right option, the key phrases, the model answer) is shown at once;</li>
 *   <li>a quiz with feedback at the end: answers change freely, the last one counting, until the quiz is
 *       submitted; submitting locks them and shows the feedback;</li>
 *   <li>practice exercises: tries are unlimited and each gets feedback, but the first try is the one that
 *       counts.</li>
 * </ul>
 * Every try is kept in order whatever the mode.
 */
public final class AnswerPolicy {

    // Refusals are message keys of translations.properties, shown in the student's language by the page.
    public static final String FINAL_AFTER_FEEDBACK = "quiz.refused.final-after-feedback";
    public static final String FINAL_AFTER_SUBMIT = "quiz.refused.final-after-submit";

    private AnswerPolicy() {
    }

    /** What to do with a new try. */
    public enum Decision {
        /** Refused: the stored answer stays as it is. */
        REFUSE,
        /** Kept in the history and becomes the answer that counts. */
        COUNTS,
        /** Kept in the history only: an earlier try counts. */
        KEPT_ONLY
    }

    /**
     * @param practice       a step's exercises rather than the lesson's quiz
     * @param feedback       when this attempt shows feedback
     * @param submitted      the attempt was finished (submitted)
     * @param alreadyAnswered the question has a stored answer in this attempt
     */
    public static Decision decide(boolean practice, FeedbackTiming feedback, boolean submitted,
                                  boolean alreadyAnswered) {
        if (practice) {
            return alreadyAnswered ? Decision.KEPT_ONLY : Decision.COUNTS;
        }
        if (submitted) {
            return Decision.REFUSE;
        }
        if (feedback == FeedbackTiming.AFTER_EACH && alreadyAnswered) {
            return Decision.REFUSE;
        }
        return Decision.COUNTS;
    }

    /** The message for a refused try; empty when the try is let through. */
    public static Optional<String> refusal(boolean practice, FeedbackTiming feedback, boolean submitted,
                                           boolean alreadyAnswered) {
        if (decide(practice, feedback, submitted, alreadyAnswered) != Decision.REFUSE) {
            return Optional.empty();
        }
        return Optional.of(submitted ? FINAL_AFTER_SUBMIT : FINAL_AFTER_FEEDBACK);
    }

    /** Whether a student may see the feedback (and so the key) of a stored answer now. */
    public static boolean feedbackShown(boolean practice, FeedbackTiming feedback, boolean submitted) {
        return practice || submitted || feedback == FeedbackTiming.AFTER_EACH;
    }
}
