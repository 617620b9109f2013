package org.closeread.quiz;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ParticipantRepository extends JpaRepository<ParticipantEntity, Long> {

    Optional<ParticipantEntity> findByResumeCode(String resumeCode);

    boolean existsByResumeCode(String resumeCode);
}
