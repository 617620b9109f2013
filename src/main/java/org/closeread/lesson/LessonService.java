package org.closeread.lesson;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.closeread.article.Article;
import org.closeread.article.ArticleService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

@Service
public class LessonService {

    private final LessonRepository lessons;
    private final ArticleService articles;
    /**
     * Published lessons as students read them, shared by every session (they are immutable records): one
     * copy per lesson instead of one per open page. Emptied whenever a lesson is stored, published or hidden.
     */
    private final Map<String, Optional<LessonReading>> readings = new ConcurrentHashMap<>();
    /** The minutes of each published lesson's paths, shared and emptied like the readings. */
    private final Map<String, PathMinutes> minutes = new ConcurrentHashMap<>();

    /** A lesson's estimated minutes on its core and its full path (rounded up), for the student's choice. */
    public record PathMinutes(int core, int full) {

        static PathMinutes of(Lesson lesson, Article article) {
            return new PathMinutes(LessonMinutes.of(lesson, article, LessonPath.CORE).roundedMinutes(),
                    LessonMinutes.of(lesson, article, LessonPath.FULL).roundedMinutes());
        }
    }

    LessonService(LessonRepository lessons, ArticleService articles) {
        this.lessons = lessons;
        this.articles = articles;
    }

    /** The lessons students can choose from; unpublished ones are left out. */
    @Transactional(readOnly = true)
    public List<LessonCard> library() {
        return lessons.findAllByOrderByTitleAsc().stream().filter(entity -> !entity.hidden).map(entity -> {
            Lesson lesson = entity.toLesson();
            Article article = articles.find(lesson.articleSlug()).orElseThrow();
            PathMinutes onPaths = minutes.computeIfAbsent(lesson.slug(), slug -> PathMinutes.of(lesson, article));
            return new LessonCard(lesson.slug(), lesson.title(), article.title(), article.outlet(), article.date(),
                    lesson.minutes(), lesson.level(), lesson.lenses(), lesson.objectives(), lesson.plan().skills(),
                    lesson.plan().hasPaths(), onPaths.core(), onPaths.full());
        }).toList();
    }

    /** A published lesson with its article, as students read it; empty for an unpublished one. */
    @Transactional(readOnly = true)
    public Optional<LessonReading> reading(String slug) {
        Optional<LessonReading> known = readings.get(slug);
        if (known != null) {
            return known;
        }
        Optional<LessonReading> found = load(slug);
        if (found.isPresent()) {
            readings.putIfAbsent(slug, found);
        }
        return found;
    }

    /**
     * A published lesson on one path (its steps and exercises narrowed to the path), shared by every
     * session like {@link #reading(String)}.
     */
    @Transactional(readOnly = true)
    public Optional<LessonReading> reading(String slug, LessonPath path) {
        String key = slug + "?path=" + path.id();
        Optional<LessonReading> known = readings.get(key);
        if (known != null) {
            return known;
        }
        Optional<LessonReading> found = reading(slug)
                .map(whole -> new LessonReading(whole.lesson().onPath(path), whole.article()));
        if (found.isPresent()) {
            readings.putIfAbsent(key, found);
        }
        return found;
    }

    /** The minutes of a published lesson's two paths, worked out once and shared. */
    public PathMinutes minutes(LessonReading whole) {
        return minutes.computeIfAbsent(whole.lesson().slug(), slug -> PathMinutes.of(whole.lesson(), whole.article()));
    }

    private Optional<LessonReading> load(String slug) {
        return lessons.findBySlug(slug).filter(entity -> !entity.hidden).map(LessonEntity::toLesson)
                .flatMap(lesson -> articles.find(lesson.articleSlug()).map(a -> new LessonReading(lesson, a)));
    }

    /** A stored lesson without its article, unpublished ones included: for names and steps in reports. */
    @Transactional(readOnly = true)
    public Optional<Lesson> lesson(String slug) {
        return lessons.findBySlug(slug).map(LessonEntity::toLesson);
    }

    /** Every stored lesson, unpublished ones included, for teachers. */
    @Transactional(readOnly = true)
    public List<PublishedLesson> publications() {
        return lessons.findAllByOrderByTitleAsc().stream().map(LessonEntity::toPublished).toList();
    }

    @Transactional(readOnly = true)
    public Optional<PublishedLesson> publication(String slug) {
        return lessons.findBySlug(slug).map(LessonEntity::toPublished);
    }

    /** The two files a stored lesson was read from, if it was stored with them. */
    @Transactional(readOnly = true)
    public Optional<LessonSource> source(String slug) {
        return lessons.findBySlug(slug).filter(entity -> entity.articleText != null && entity.lessonYaml != null)
                .map(entity -> new LessonSource(entity.slug, entity.articleText, entity.lessonYaml));
    }

    /**
     * Stores a lesson read from its folder unless the same content is stored already (same slug and
     * content hash). Returns whether anything changed. An article whose text changed is stored as a new
     * version (see {@link ArticleVersions}); the old one stays for the answers given on it.
     */
    @Transactional
    public boolean store(LessonFile file) {
        return save(file, false);
    }

    /**
     * Stores a lesson a teacher published from the app, the same way as {@link #store}, and shows it to
     * students again if it was unpublished. From now on its folder is not loaded over it.
     */
    @Transactional
    public boolean publish(LessonFile file) {
        return save(file, true);
    }

    /**
     * Hides a lesson and its article from students and the public API (they answer as an unknown slug
     * does); everything stored for it stays, and publishing shows it again.
     */
    @Transactional
    public void unpublish(String slug) {
        forgetReadings();
        lessons.findBySlug(slug).ifPresent(entity -> {
            entity.hidden = true;
            articles.setPublic(entity.articleSlug, false);
        });
    }

    private boolean save(LessonFile file, boolean fromApp) {
        forgetReadings();
        Optional<LessonEntity> existing = lessons.findBySlug(file.lesson().slug());
        if (existing.isPresent() && Objects.equals(existing.get().contentHash, file.contentHash())) {
            LessonEntity same = existing.get();
            if (same.articleText == null) {
                // Stored before lessons kept their files.
                same.articleText = file.source().articleText();
                same.lessonYaml = file.source().lessonYaml();
            }
            boolean shown = fromApp && same.hidden;
            if (fromApp) {
                same.hidden = false;
                same.editedInApp = true;
            }
            articles.setPublic(same.articleSlug, !same.hidden);
            return shown;
        }
        Optional<Article> current = existing.flatMap(entity -> articles.find(entity.articleSlug));
        String articleSlug = ArticleVersions.slugFor(file.lesson().slug(), current, file.article().blocks(),
                slug -> articles.find(slug).isPresent());
        articles.save(file.article().withSlug(articleSlug));
        LessonEntity entity = existing.orElseGet(LessonEntity::new);
        if (entity.id != null) {
            entity.steps.clear();
            lessons.flush();
        }
        entity.copyFrom(file.lesson().withArticleSlug(articleSlug), file.source());
        if (fromApp) {
            entity.hidden = false;
            entity.editedInApp = true;
        }
        lessons.saveAndFlush(entity);
        // Only the current version of a published lesson's article is public.
        current.filter(old -> !old.slug().equals(articleSlug)).ifPresent(old -> articles.setPublic(old.slug(), false));
        articles.setPublic(articleSlug, !entity.hidden);
        file.parts().forEach(Runnable::run);
        return true;
    }

    /** Empties the shared readings now and again once the change is committed (a reader in between may have cached the old one). */
    private void forgetReadings() {
        readings.clear();
        minutes.clear();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    readings.clear();
                    minutes.clear();
                }
            });
        }
    }
}
