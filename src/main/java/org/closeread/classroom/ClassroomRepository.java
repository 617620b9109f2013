package org.closeread.classroom;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClassroomRepository extends JpaRepository<ClassroomEntity, Long> {

    List<ClassroomEntity> findByOwnerOrderByCreatedAtDescIdDesc(String owner);

    Optional<ClassroomEntity> findByIdAndOwner(long id, String owner);

    Optional<ClassroomEntity> findByJoinCodeAndOpenTrue(String joinCode);

    boolean existsByJoinCode(String joinCode);
}
