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

    /** The public articles: each the current version of a published lesson's article. */
    @Transactional(readOnly = true)
    public List<ArticleSummary> list() {
        return articles.findByShownTrueOrderByPublishedOnDescTitleAsc().stream().map(ArticleSummary::of).toList();
    }

    /** A public article; empty for an unknown slug and, just the same, for one that is not public. */
    @Transactional(readOnly = true)
    public Optional<Article> findPublic(String slug) {
        return articles.findBySlugAndShownTrue(slug).map(ArticleEntity::toArticle);
    }

    /**
     * Any stored article, public or not: for the features that show an attempt the text it was taken on,
     * and for teachers. Never for a public route.
     */
    @Transactional(readOnly = true)
    public Optional<Article> find(String slug) {
        return articles.findBySlug(slug).map(ArticleEntity::toArticle);
    }

    /** Makes a stored article public or private (see {@link #list()}); an unknown slug changes nothing. */
    @Transactional
    public void setPublic(String slug, boolean shown) {
        articles.findBySlug(slug).ifPresent(entity -> entity.shown = shown);
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
