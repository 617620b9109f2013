package org.closeread.authoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.closeread.article.Article;
import org.closeread.article.Block;
import org.closeread.lesson.GlossaryTerm;
import org.closeread.lesson.LessonPlan;
import org.closeread.base.Message;

/**
 * A lesson as its teacher is writing it: the content of a lesson folder (details, article blocks,
 * annotations, steps with their exercises, quiz), not yet checked as a whole. It may be unfinished
 * (no steps yet, an empty explanation); publishing reads it with the lesson file reader, which says
 * what is still missing. Every change returns a new draft.
 */
public record LessonDraft(String slug, String title, String level, int minutes, List<String> objectives,
                          ArticleDetails article, List<DraftBlock> blocks, List<DraftAnnotation> annotations,
                          List<DraftStep> steps, Optional<DraftQuiz> quiz, LessonPlan plan) {

    public static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
    public static final int DEFAULT_MINUTES = 30;

    public LessonDraft {
        Objects.requireNonNull(slug, "slug");
        title = TypedText.clean(title);
        level = TypedText.clean(level);
        if (minutes <= 0) {
            throw new IllegalArgumentException("a lesson must take some minutes, not " + minutes);
        }
        objectives = TypedText.cleanAll(objectives);
        Objects.requireNonNull(article, "article");
        blocks = List.copyOf(blocks);
        annotations = List.copyOf(annotations);
        steps = List.copyOf(steps);
        quiz = Objects.requireNonNullElse(quiz, Optional.empty());
        plan = Objects.requireNonNullElse(plan, LessonPlan.NONE);
    }

    /**
     * A draft without a plan (one path, no glossary). The plan keeps paths, discernment and transfer
     * marks by item id, so they stay with an item while it keeps its id.
     */
    public LessonDraft(String slug, String title, String level, int minutes, List<String> objectives,
                       ArticleDetails article, List<DraftBlock> blocks, List<DraftAnnotation> annotations,
                       List<DraftStep> steps, Optional<DraftQuiz> quiz) {
        this(slug, title, level, minutes, objectives, article, blocks, annotations, steps, quiz, LessonPlan.NONE);
    }

    /** The same draft with a new glossary (what a teacher edits in the lesson's details). */
    public LessonDraft withGlossary(List<GlossaryTerm> glossary) {
        return new LessonDraft(slug, title, level, minutes, objectives, article, blocks, annotations, steps, quiz,
                plan.withTexts(plan.timing(), plan.skills(), glossary, plan.discussion(), plan.guide()));
    }

    /** Why a slug cannot name a lesson, if it cannot. */
    public static Optional<Message> slugProblem(String slug) {
        return slug != null && SLUG.matcher(slug).matches() ? Optional.empty()
                : Optional.of(Message.of("authoring.check.slug"));
    }

    /** Why these blocks cannot make an article, if they cannot: none at all, or an id used twice. */
    public static Optional<Message> blocksProblem(List<DraftBlock> blocks) {
        if (blocks.isEmpty()) {
            return Optional.of(Message.of("authoring.check.no-blocks"));
        }
        Set<String> ids = new HashSet<>();
        for (DraftBlock block : blocks) {
            if (!block.id().isEmpty() && !ids.add(block.id())) {
                return Optional.of(Message.of("authoring.check.block-id-twice", block.id()));
            }
        }
        return Optional.empty();
    }

    /** A slug made from a title's first words, for a teacher to accept or change. */
    public static String slugFrom(String title) {
        return Ids.fromWords(title, 6);
    }

    /** The article as the reader will see it, for finding text in it (no annotations). */
    public Article toArticle() {
        List<Block> list = IntStream.range(0, blocks.size()).mapToObj(i -> new Block(i, blocks.get(i).kind(),
                blocks.get(i).id().isEmpty() ? null : blocks.get(i).id(), blocks.get(i).text())).toList();
        return new Article(slug, article.title().isEmpty() ? slug : article.title(), article.outlet(), null, null,
                null, list, List.of());
    }

    public Optional<DraftAnnotation> annotation(String id) {
        return annotations.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Optional<DraftStep> step(String id) {
        return steps.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** Every question, the exercises step by step and then the quiz, each with its place. */
    public List<PlacedQuestion> questions() {
        List<PlacedQuestion> all = new ArrayList<>();
        steps.forEach(step -> step.exercises().forEach(q -> all.add(new PlacedQuestion(QuestionPlace.step(step.id()), q))));
        quiz.ifPresent(q -> q.questions().forEach(question -> all.add(new PlacedQuestion(QuestionPlace.QUIZ, question))));
        return all;
    }

    public Optional<PlacedQuestion> question(String id) {
        return questions().stream().filter(p -> p.question().id().equals(id)).findFirst();
    }

    public LessonDraft withDetails(String newTitle, String newLevel, int newMinutes, List<String> newObjectives) {
        return new LessonDraft(slug, newTitle, newLevel, newMinutes, newObjectives, article, blocks, annotations,
                steps, quiz, plan);
    }

    /** New article details and blocks; annotations and questions stay anchored by their text. */
    public LessonDraft withArticle(ArticleDetails newArticle, List<DraftBlock> newBlocks) {
        return new LessonDraft(slug, title, level, minutes, objectives, newArticle, newBlocks, annotations, steps,
                quiz, plan);
    }

    LessonDraft withAnnotations(List<DraftAnnotation> newAnnotations, List<DraftStep> newSteps) {
        return new LessonDraft(slug, title, level, minutes, objectives, article, blocks, newAnnotations, newSteps,
                quiz, plan);
    }

    LessonDraft withSteps(List<DraftStep> newSteps, Optional<DraftQuiz> newQuiz) {
        return new LessonDraft(slug, title, level, minutes, objectives, article, blocks, annotations, newSteps,
                newQuiz, plan);
    }

    /** Gives the blocks at these indices an id where they have none, so questions can name them. */
    public LessonDraft withBlockIds(Collection<Integer> indices) {
        Set<String> taken = new HashSet<>(blocks.stream().map(DraftBlock::id).filter(id -> !id.isEmpty()).toList());
        List<DraftBlock> named = new ArrayList<>(blocks);
        for (int index : indices) {
            if (named.get(index).id().isEmpty()) {
                String id = Ids.unique(Ids.of(named.get(index).kind().name().toLowerCase(), named.get(index).text(), 3),
                        taken);
                taken.add(id);
                named.set(index, named.get(index).withId(id));
            }
        }
        return withArticle(article, named);
    }
}
