package org.closeread.lesson;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.closeread.article.Article;
import org.closeread.article.ArticleService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class LessonService {

    private final LessonRepository lessons;
    private final ArticleService articles;

    LessonService(LessonRepository lessons, ArticleService articles) {
        this.lessons = lessons;
        this.articles = articles;
    }

    @Transactional(readOnly = true)
    public List<LessonCard> library() {
        return lessons.findAllByOrderByTitleAsc().stream().map(entity -> {
            Lesson lesson = entity.toLesson();
            Article article = articles.find(lesson.articleSlug()).orElseThrow();
            return new LessonCard(lesson.slug(), lesson.title(), article.title(), article.outlet(), article.date(),
                    lesson.minutes(), lesson.level(), lesson.lenses());
        }).toList();
    }

    @Transactional(readOnly = true)
    public Optional<LessonReading> reading(String slug) {
        return lessons.findBySlug(slug).map(LessonEntity::toLesson)
                .flatMap(lesson -> articles.find(lesson.articleSlug()).map(a -> new LessonReading(lesson, a)));
    }

    /**
     * Stores a lesson file unless the same content is stored already (same slug and content hash).
     * Returns whether anything changed.
     */
    @Transactional
    public boolean store(LessonFile file) {
        Optional<LessonEntity> existing = lessons.findBySlug(file.lesson().slug());
        if (existing.isPresent() && Objects.equals(existing.get().contentHash, file.contentHash())) {
            return false;
        }
        articles.save(file.article());
        LessonEntity entity = existing.orElseGet(LessonEntity::new);
        if (entity.id != null) {
            entity.steps.clear();
            lessons.flush();
        }
        entity.copyFrom(file.lesson(), file.contentHash());
        lessons.saveAndFlush(entity);
        file.parts().forEach(Runnable::run);
        return true;
    }
}
