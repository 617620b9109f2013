package org.closeread.quiz;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ParticipantRepository extends JpaRepository<ParticipantEntity, Long> {

    Optional<ParticipantEntity> findByResumeCode(String resumeCode);

    boolean existsByResumeCode(String resumeCode);

    /** Their attempts, answers and class memberships go with them (the database cascades). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from ParticipantEntity p where p.id in ?1")
    int deleteByIdIn(Collection<Long> ids);

    /** Participants created before the cutoff with no attempt active since. */
    @Query("select p.id from ParticipantEntity p where p.createdAt < ?1"
            + " and not exists (select a.id from AttemptEntity a where a.participant = p and a.lastActivity >= ?1)")
    List<Long> findIdleSince(Instant cutoff);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from ParticipantEntity p where p.id in ?1 and p.createdAt < ?2"
            + " and not exists (select a.id from AttemptEntity a where a.participant = p)")
    int deleteIdleCreatedBefore(Collection<Long> ids, Instant cutoff);
}
