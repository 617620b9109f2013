package org.closeread.quiz;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AttemptRepository extends JpaRepository<AttemptEntity, Long> {

    /** Locks the attempt row, so two answers to one attempt are stored one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from AttemptEntity a where a.id = ?1")
    Optional<AttemptEntity> lockById(long id);

    Optional<AttemptEntity> findFirstByParticipantIdAndQuizLessonSlugAndQuizQuizKeyOrderByStartedAtDescIdDesc(
            long participantId, String lessonSlug, String quizKey);

    /** Every attempt of these participants at one quiz (all versions), with answers and questions in one go. */
    @EntityGraph(attributePaths = {"participant", "answers", "answers.question", "quiz"})
    List<AttemptEntity> findByParticipantIdInAndQuizLessonSlugAndQuizQuizKey(Collection<Long> participantIds,
            String lessonSlug, String quizKey);

    /** Every attempt of these participants, at any quiz or exercises, with answers and questions. */
    @EntityGraph(attributePaths = {"participant", "answers", "answers.question", "quiz"})
    List<AttemptEntity> findByParticipantIdIn(Collection<Long> participantIds);

    long countByParticipantIdIn(Collection<Long> participantIds);

    /** Answers go with their attempt (the database cascades). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from AttemptEntity a where a.participant.id in ?1 and a.lastActivity < ?2")
    int deleteByParticipantIdInAndLastActivityBefore(Collection<Long> participantIds, Instant cutoff);
}
