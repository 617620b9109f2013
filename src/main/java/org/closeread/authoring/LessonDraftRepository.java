package org.closeread.authoring;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LessonDraftRepository extends JpaRepository<LessonDraftEntity, Long> {

    Optional<LessonDraftEntity> findBySlug(String slug);

    List<LessonDraftEntity> findAllByOrderBySlugAsc();
}
