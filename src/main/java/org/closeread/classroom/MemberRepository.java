package org.closeread.classroom;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MemberRepository extends JpaRepository<MemberEntity, Long> {

    List<MemberEntity> findByClassroomIdOrderByJoinedAtAscIdAsc(long classroomId);

    List<MemberEntity> findByParticipantIdOrderByJoinedAtDesc(long participantId);

    Optional<MemberEntity> findByClassroomIdAndParticipantId(long classroomId, long participantId);

    /** Which of these participants are in some class. */
    @Query("select distinct m.participantId from MemberEntity m where m.participantId in ?1")
    List<Long> findParticipantIdsIn(Collection<Long> participantIds);
}
