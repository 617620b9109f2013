package org.closeread.lesson;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.closeread.article.Lens;

/** A guided reading of one article: details for the library and the ordered steps. */
public record Lesson(String slug, String title, String level, int minutes, List<String> objectives,
                     String articleSlug, List<Step> steps, LessonPlan plan) {

    /** What the database keeps room for; lesson files and forms check against these. */
    public static final int TITLE_MAX_LENGTH = 500;
    public static final int LEVEL_MAX_LENGTH = 200;
    public static final int OBJECTIVES_MAX_LENGTH = 20_000;

    public Lesson {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(articleSlug, "articleSlug");
        objectives = List.copyOf(objectives);
        plan = plan == null ? LessonPlan.NONE : plan;
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("lesson " + slug + " has no steps");
        }
        if (minutes <= 0) {
            throw new IllegalArgumentException("lesson " + slug + " must take some minutes");
        }
    }

    /** A lesson without a plan: one path, standard timing, no glossary. */
    public Lesson(String slug, String title, String level, int minutes, List<String> objectives,
                  String articleSlug, List<Step> steps) {
        this(slug, title, level, minutes, objectives, articleSlug, steps, LessonPlan.NONE);
    }

    /** The steps on a path: an extension step is left out of the core path. */
    public List<Step> stepsOn(LessonPath path) {
        return steps.stream().filter(step -> plan.stepOn(step.id(), path)).toList();
    }

    /**
     * The lesson as it is read on a path: only the steps on it, each revealing only the annotations on
     * it. The core path of a lesson without extension items is the lesson itself.
     */
    public Lesson onPath(LessonPath path) {
        List<Step> kept = stepsOn(path).stream()
                .map(step -> new Step(step.id(), step.title(), step.lens(), step.text(), revealOn(step, path)))
                .toList();
        return kept.isEmpty() ? this : new Lesson(slug, title, level, minutes, objectives, articleSlug, kept, plan);
    }

    /** The annotations a step reveals on a path. */
    public List<String> revealOn(Step step, LessonPath path) {
        return step.reveal().stream().filter(id -> plan.annotationOn(id, path)).toList();
    }

    /** The same lesson reading another article (a new version of its article, under its own slug). */
    public Lesson withArticleSlug(String newArticleSlug) {
        return new Lesson(slug, title, level, minutes, objectives, newArticleSlug, steps, plan);
    }

    /** The lenses the lesson works with, in the order its steps first use them. */
    public List<Lens> lenses() {
        Set<Lens> lenses = new LinkedHashSet<>();
        steps.forEach(step -> lenses.add(step.lens()));
        return new ArrayList<>(lenses);
    }

    /** The annotations revealed up to and including step {@code index}, in the order revealed. */
    public List<String> revealedThrough(int index) {
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i <= index && i < steps.size(); i++) {
            ids.addAll(steps.get(i).reveal());
        }
        return new ArrayList<>(ids);
    }

    public int stepIndex(String stepId) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).id().equals(stepId)) {
                return i;
            }
        }
        return -1;
    }
}
