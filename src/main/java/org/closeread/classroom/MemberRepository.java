package org.closeread.classroom;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MemberRepository extends JpaRepository<MemberEntity, Long> {

    List<MemberEntity> findByClassroomIdOrderByJoinedAtAscIdAsc(long classroomId);

    List<MemberEntity> findByParticipantIdOrderByJoinedAtDesc(long participantId);

    Optional<MemberEntity> findByClassroomIdAndParticipantId(long classroomId, long participantId);
}
