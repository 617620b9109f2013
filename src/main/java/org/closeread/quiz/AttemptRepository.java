package org.closeread.quiz;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AttemptRepository extends JpaRepository<AttemptEntity, Long> {

    /** Locks the attempt row, so two answers to one attempt are stored one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from AttemptEntity a where a.id = ?1")
    Optional<AttemptEntity> lockById(long id);

    Optional<AttemptEntity> findFirstByParticipantIdAndQuizLessonSlugAndQuizQuizKeyOrderByStartedAtDescIdDesc(
            long participantId, String lessonSlug, String quizKey);
}
