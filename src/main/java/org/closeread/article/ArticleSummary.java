package org.closeread.article;

import java.time.LocalDate;

/** What a list of articles shows of each: the public API's {@code /api/articles} items. */
public record ArticleSummary(String slug, String title, String outlet, LocalDate date) {

    static ArticleSummary of(ArticleEntity entity) {
        return new ArticleSummary(entity.slug, entity.title, entity.outlet, entity.publishedOn);
    }
}
