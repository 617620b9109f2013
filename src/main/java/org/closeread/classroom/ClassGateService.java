package org.closeread.classroom;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.closeread.quiz.AnswerGate;
import org.closeread.quiz.FeedbackTiming;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The class's say over its students' answers: closed is closed, the assignment's feedback timing, and
 * written answers marked by the teacher.
 */
@Service
public class ClassGateService implements AnswerGate {

    /** What a student reads when answering in a closed assignment or class. */
    // Refusals are message keys of translations.properties, shown in the student's language by the page.
    public static final String ASSIGNMENT_CLOSED = "quiz.refused.assignment-closed";
    public static final String CLASS_CLOSED = "quiz.refused.class-closed";

    private final ClassStore lookup;
    private final MemberRepository members;

    ClassGateService(ClassStore lookup, MemberRepository members) {
        this.lookup = lookup;
        this.members = members;
    }

    /**
     * A student of a closed class, or of a closed assignment of the lesson, may not answer (quiz or
     * practice); what they answered before stays. Reopening lets them go on where they were.
     */
    @Override
    @Transactional(readOnly = true)
    public Optional<String> refusal(long participantId, String lessonSlug, String quizKey) {
        Optional<ClassroomEntity> place = lookup.membership(participantId).map(m -> m.classroom);
        if (place.isEmpty()) {
            return Optional.empty();
        }
        if (!place.get().open) {
            return Optional.of(CLASS_CLOSED);
        }
        return ClassStore.assignment(place.get(), lessonSlug).filter(a -> !a.open).map(a -> ASSIGNMENT_CLOSED);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<org.closeread.lesson.LessonPath> path(long participantId, String lessonSlug) {
        return lookup.membership(participantId).flatMap(m -> ClassStore.assignment(m.classroom, lessonSlug))
                .map(AssignmentEntity::pathOrFull);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<FeedbackTiming> feedback(long participantId, String lessonSlug) {
        return lookup.membership(participantId).flatMap(m -> ClassStore.assignment(m.classroom, lessonSlug))
                .flatMap(a -> Optional.ofNullable(a.feedback));
    }

    /** In a class that has the lesson assigned, the teacher marks written answers: no self-check counts. */
    @Override
    @Transactional(readOnly = true)
    public boolean teacherMarks(long participantId, String lessonSlug) {
        return lookup.membership(participantId).flatMap(m -> ClassStore.assignment(m.classroom, lessonSlug))
                .isPresent();
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> managed(Collection<Long> participantIds) {
        return participantIds.isEmpty() ? Set.of() : Set.copyOf(members.findParticipantIdsIn(participantIds));
    }
}
