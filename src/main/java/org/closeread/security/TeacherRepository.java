package org.closeread.security;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TeacherRepository extends JpaRepository<TeacherEntity, Long> {

    Optional<TeacherEntity> findByUsernameIgnoreCase(String username);
}
