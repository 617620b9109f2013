package org.closeread.article;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ArticleService {

    private final ArticleRepository articles;

    ArticleService(ArticleRepository articles) {
        this.articles = articles;
    }

    @Transactional(readOnly = true)
    public List<ArticleSummary> list() {
        return articles.findAllByOrderByPublishedOnDescTitleAsc().stream().map(ArticleSummary::of).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Article> find(String slug) {
        return articles.findBySlug(slug).map(ArticleEntity::toArticle);
    }

    /** Stores the article under its slug, replacing what was stored under it before. */
    @Transactional
    public void save(Article article) {
        ArticleEntity entity = articles.findBySlug(article.slug()).orElseGet(ArticleEntity::new);
        if (entity.id != null) {
            // Old rows go first: the new ones reuse their (article, position) keys.
            entity.blocks.clear();
            entity.annotations.clear();
            articles.flush();
        }
        entity.copyFrom(article);
        articles.saveAndFlush(entity);
    }
}
