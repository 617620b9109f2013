package org.closeread.lesson;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LessonRepository extends JpaRepository<LessonEntity, Long> {

    Optional<LessonEntity> findBySlug(String slug);

    List<LessonEntity> findAllByOrderByTitleAsc();
}
