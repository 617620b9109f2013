package org.closeread.article;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ArticleRepository extends JpaRepository<ArticleEntity, Long> {

    Optional<ArticleEntity> findBySlug(String slug);

    List<ArticleEntity> findAllByOrderByPublishedOnDescTitleAsc();

    List<ArticleEntity> findByShownTrueOrderByPublishedOnDescTitleAsc();

    Optional<ArticleEntity> findBySlugAndShownTrue(String slug);
}
