package org.closeread.quiz;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * What another feature (a class) says about a participant's answers, without the quiz feature knowing
 * it: whether answers are let through at all, and when feedback is shown. {@link QuizService} asks every
 * gate (Spring beans); with none, everything is let through and each quiz keeps its own feedback timing.
 */
public interface AnswerGate {

    /**
     * Empty to let an answer (or a new attempt) through; otherwise the key (translations.properties) of
     * the message the student reads, for example when their class or assignment is closed.
     */
    Optional<String> refusal(long participantId, String lessonSlug, String quizKey);

    /** The feedback timing that overrides the quiz's own for this participant and lesson, if any. */
    /** The path a class assigned the lesson on (core or full), if the participant's class says. */
    default Optional<org.closeread.lesson.LessonPath> path(long participantId, String lessonSlug) {
        return Optional.empty();
    }

    default Optional<FeedbackTiming> feedback(long participantId, String lessonSlug) {
        return Optional.empty();
    }

    /**
     * Whether the teacher marks this participant's written answers in the lesson (a class) instead of the
     * student's own self-check; fixed when an attempt starts.
     */
    default boolean teacherMarks(long participantId, String lessonSlug) {
        return false;
    }

    /**
     * The participants among these whose answers this gate's feature keeps and deletes itself (class
     * students): they are not self-study participants, so their data follows the class's rules.
     */
    default Set<Long> managed(Collection<Long> participantIds) {
        return Set.of();
    }
}
