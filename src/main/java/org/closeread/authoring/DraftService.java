package org.closeread.authoring;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.closeread.analysis.Analyzer;
import org.closeread.article.TextSpan;
import org.closeread.lesson.LessonService;
import org.closeread.lesson.LessonSource;
import org.closeread.lesson.PublishedLesson;
import org.closeread.quiz.FeedbackTiming;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lessons as teachers write them. A draft holds a lesson folder's two files; every change reads them,
 * applies one editing rule and writes them again, refusing a change made on an older version.
 */
@Service
public class DraftService {

    private final LessonDraftRepository drafts;
    private final LessonService lessons;
    private final Analyzer analyzer;

    DraftService(LessonDraftRepository drafts, LessonService lessons, Analyzer analyzer) {
        this.drafts = drafts;
        this.lessons = lessons;
        this.analyzer = analyzer;
    }

    /** Every lesson a teacher can edit: the drafts, and the published lessons nobody has opened yet. */
    @Transactional(readOnly = true)
    public List<LessonEntry> lessons() {
        Map<String, LessonEntry> entries = new LinkedHashMap<>();
        for (LessonDraftEntity entity : drafts.findAllByOrderBySlugAsc()) {
            Draft draft = toDraft(entity);
            entries.put(draft.slug(), new LessonEntry(draft.slug(), titleOf(draft.content()), draft.status(), true,
                    draft.updatedBy(), draft.updatedAt()));
        }
        for (PublishedLesson lesson : lessons.publications()) {
            entries.putIfAbsent(lesson.slug(), new LessonEntry(lesson.slug(), lesson.title(),
                    lesson.hidden() ? DraftStatus.UNPUBLISHED : DraftStatus.PUBLISHED, false, null, null));
        }
        return entries.values().stream()
                .sorted((a, b) -> a.title().compareToIgnoreCase(b.title())).toList();
    }

    /** Whether a lesson (draft or published) already has this slug. */
    @Transactional(readOnly = true)
    public boolean slugTaken(String slug) {
        return drafts.findBySlug(slug).isPresent() || lessons.publication(slug).isPresent();
    }

    /** A new lesson from a pasted article: its text split into blocks, the kinds guessed, nothing published. */
    @Transactional
    public Draft create(String slug, ArticleDetails details, String pastedText) {
        LessonDraft.slugProblem(slug).ifPresent(problem -> {
            throw new IllegalArgumentException(problem.english());
        });
        if (slugTaken(slug)) {
            throw new IllegalArgumentException("A lesson named " + slug + " exists already.");
        }
        LessonDraft draft = new LessonDraft(slug, details.title(), "", LessonDraft.DEFAULT_MINUTES, List.of(), details,
                PastedArticle.split(pastedText), List.of(), List.of(), Optional.empty());
        return toDraft(store(new LessonDraftEntity(), LessonFileWriter.write(draft)));
    }

    /** The lesson's draft; a lesson published without one gets a draft of its published files first. */
    @Transactional
    public Optional<Draft> open(String slug) {
        Optional<LessonDraftEntity> existing = drafts.findBySlug(slug);
        if (existing.isPresent()) {
            return existing.map(this::toDraft);
        }
        return lessons.source(slug).map(source -> toDraft(store(new LessonDraftEntity(), source)));
    }

    /** The files to preview or export: the draft's, else the published lesson's. */
    @Transactional(readOnly = true)
    public Optional<LessonSource> files(String slug) {
        return drafts.findBySlug(slug).map(LessonDraftEntity::source).or(() -> lessons.source(slug));
    }

    /** The lesson as an editor reads it, without opening a draft: the draft's files, else the published ones. */
    @Transactional(readOnly = true)
    public Optional<LessonDraft> content(String slug) {
        return files(slug).map(DraftReader::read);
    }

    /** Adds questions (imported ones) at the end of a place in one change; their ids are made unique. */
    @Transactional
    public DraftChange addQuestions(String slug, long version, QuestionPlace place, List<DraftQuestion> questions) {
        return change(slug, version, d -> {
            LessonDraft changed = d;
            for (DraftQuestion question : questions) {
                changed = QuestionEdits.save(changed, place, null, question);
            }
            return changed;
        });
    }

    /** The draft read as publishing reads it: what students would get, or every problem by file and line. */
    @Transactional(readOnly = true)
    public LessonCheck check(String slug) {
        return LessonCheck.of(files(slug).orElseThrow());
    }

    @Transactional
    public DraftChange saveLesson(String slug, long version, String title, String level, int minutes,
                                  List<String> objectives, ArticleDetails article, List<DraftBlock> blocks) {
        return change(slug, version, d -> d.withDetails(title, level, minutes, objectives).withArticle(article, blocks));
    }

    /** Like the other {@code saveLesson}, with the lesson's glossary as well. */
    @Transactional
    public DraftChange saveLesson(String slug, long version, String title, String level, int minutes,
                                  List<String> objectives, List<org.closeread.lesson.GlossaryTerm> glossary,
                                  ArticleDetails article, List<DraftBlock> blocks) {
        return change(slug, version, d -> d.withDetails(title, level, minutes, objectives).withGlossary(glossary)
                .withArticle(article, blocks));
    }

    @Transactional
    public DraftChange saveAnnotation(String slug, long version, String replacing, DraftAnnotation annotation) {
        return change(slug, version, d -> AnnotationEdits.save(d, replacing, annotation));
    }

    /**
     * Saves an annotation on a marked span (in place of {@code replacing}, or as a new one when that is
     * null), anchored by its words the way lesson files anchor them.
     */
    @Transactional
    public DraftChange annotate(String slug, long version, String replacing, TextSpan span,
                                DraftAnnotation annotation) {
        return change(slug, version, d -> {
            Anchors.Anchor anchor = Anchors.of(d.toArticle(), span);
            return AnnotationEdits.save(d, replacing, new DraftAnnotation(annotation.id(), annotation.lens(),
                    anchor.text(), anchor.occurrence(), annotation.explanation(), annotation.facts()));
        });
    }

    @Transactional
    public DraftChange deleteAnnotation(String slug, long version, String id) {
        return change(slug, version, d -> AnnotationEdits.delete(d, id));
    }

    @Transactional
    public DraftChange saveStep(String slug, long version, String replacing, DraftStep step) {
        return change(slug, version, d -> StepEdits.save(d, replacing, step));
    }

    @Transactional
    public DraftChange deleteStep(String slug, long version, String id) {
        return change(slug, version, d -> StepEdits.delete(d, id));
    }

    @Transactional
    public DraftChange moveStep(String slug, long version, String id, int delta) {
        return change(slug, version, d -> StepEdits.move(d, id, delta));
    }

    @Transactional
    public DraftChange saveQuizSettings(String slug, long version, String title, int passMark, FeedbackTiming feedback) {
        return change(slug, version, d -> QuestionEdits.quizSettings(d, title, passMark, feedback));
    }

    @Transactional
    public DraftChange saveQuestion(String slug, long version, QuestionPlace place, String replacing,
                                    DraftQuestion question) {
        return change(slug, version, d -> QuestionEdits.save(d, place, replacing, question));
    }

    /** Saves a highlight question whose key the teacher marked: {@link HighlightKey} makes blocks and targets. */
    @Transactional
    public DraftChange saveHighlightQuestion(String slug, long version, QuestionPlace place, String replacing,
                                             DraftQuestion question, List<TextSpan> marks,
                                             Collection<Integer> extraBlocks) {
        return change(slug, version, d -> {
            HighlightKey.Keyed keyed = HighlightKey.apply(d, question, marks, extraBlocks);
            return QuestionEdits.save(keyed.draft(), place, replacing, keyed.question());
        });
    }

    @Transactional
    public DraftChange deleteQuestion(String slug, long version, String id) {
        return change(slug, version, d -> QuestionEdits.delete(d, id));
    }

    @Transactional
    public DraftChange moveQuestion(String slug, long version, String id, int delta) {
        return change(slug, version, d -> QuestionEdits.move(d, id, delta));
    }

    /** Replaces the draft's files with imported ones, byte for byte, refusing like any other change. */
    @Transactional
    public DraftChange replaceFiles(String slug, long version, LessonSource files) {
        if (!files.slug().equals(slug)) {
            throw new IllegalArgumentException("The files are for " + files.slug() + ", not " + slug + ".");
        }
        return changeFiles(slug, version, old -> files);
    }

    /** Creates a draft of imported files for a slug that has none yet. */
    @Transactional
    public Draft createFromFiles(LessonSource files) {
        if (drafts.findBySlug(files.slug()).isPresent()) {
            throw new IllegalArgumentException("A draft named " + files.slug() + " exists already.");
        }
        return toDraft(store(new LessonDraftEntity(), files));
    }

    /** The analyser's suggestions for the draft's article, without those annotated already or rejected. */
    @Transactional(readOnly = true)
    public List<SuggestedAnnotation> suggestions(String slug) {
        LessonDraftEntity entity = drafts.findBySlug(slug).orElseThrow();
        LessonDraft draft = DraftReader.read(entity.source());
        if (draft.blocks().isEmpty()) {
            return List.of();
        }
        return Suggestions.of(draft, analyzer.analyze(draft.toArticle().plainText()).suggestions(), entity.dismissed());
    }

    /** Accepted suggestions become annotations, in the order given, each editable like any other. */
    @Transactional
    public DraftChange accept(String slug, long version, List<SuggestedAnnotation> accepted) {
        return change(slug, version, d -> {
            LessonDraft changed = d;
            for (SuggestedAnnotation suggestion : accepted) {
                changed = AnnotationEdits.save(changed, null, Suggestions.accept(changed, suggestion));
            }
            return changed;
        });
    }

    /** A rejected suggestion is not offered again for the same text. */
    @Transactional
    public DraftChange reject(String slug, long version, SuggestedAnnotation rejected) {
        Optional<LessonDraftEntity> found = drafts.findBySlug(slug);
        LessonDraftEntity entity = found.orElseThrow();
        if (entity.version != version) {
            return new DraftChange(false, toDraft(entity));
        }
        Set<String> keys = entity.dismissed();
        keys.add(rejected.key());
        entity.dismissedSuggestions = String.join("\n", keys);
        entity.updatedBy = Teachers.current();
        entity.updatedAt = java.time.Instant.now();
        return new DraftChange(true, toDraft(drafts.saveAndFlush(entity)));
    }

    private DraftChange change(String slug, long version, UnaryOperator<LessonDraft> edit) {
        return changeFiles(slug, version, files -> LessonFileWriter.write(edit.apply(DraftReader.read(files))));
    }

    /** The one way a draft changes: refused when it was saved since {@code version}, else stored. */
    private DraftChange changeFiles(String slug, long version, UnaryOperator<LessonSource> edit) {
        LessonDraftEntity entity = drafts.findBySlug(slug)
                .orElseThrow(() -> new IllegalArgumentException("There is no draft " + slug + "."));
        if (entity.version != version) {
            return new DraftChange(false, toDraft(entity));
        }
        return new DraftChange(true, toDraft(store(entity, edit.apply(entity.source()))));
    }

    private LessonDraftEntity store(LessonDraftEntity entity, LessonSource files) {
        if (entity.id == null) {
            entity.slug = files.slug();
            entity.createdBy = Teachers.current();
        }
        entity.write(files, Teachers.current());
        return drafts.saveAndFlush(entity);
    }

    private Draft toDraft(LessonDraftEntity entity) {
        LessonSource files = entity.source();
        return new Draft(entity.slug, entity.version, DraftReader.read(files), files,
                DraftStatus.of(lessons.publication(entity.slug), files.contentHash()), entity.updatedBy,
                entity.updatedAt);
    }

    private static String titleOf(LessonDraft draft) {
        return draft.title().isEmpty() ? draft.slug() : draft.title();
    }
}
