package org.closeread.lesson;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a lesson file says about teaching it, beside its steps: which annotations, steps, exercises and
 * quiz questions are extension (the rest are core), which questions reward discernment or test transfer,
 * how its minutes are estimated, the skills, glossary, discussion prompts and the teacher's guide notes.
 * {@code exercises} names each step's exercise ids in order and {@code quiz} the quiz question ids, so
 * the minutes of a path can be counted without the quiz feature.
 */
public record LessonPlan(Optional<Timing> timing, List<String> skills, List<GlossaryTerm> glossary,
                         List<String> discussion, GuideNotes guide, Set<String> extensionAnnotations,
                         Set<String> extensionSteps, Set<String> extensionQuestions, Set<String> discernment,
                         Set<String> transfer, Map<String, List<String>> exercises, List<String> quiz) {

    public static final LessonPlan NONE = new LessonPlan(Optional.empty(), List.of(), List.of(), List.of(),
            GuideNotes.NONE, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Map.of(), List.of());

    public LessonPlan {
        timing = timing == null ? Optional.empty() : timing;
        skills = List.copyOf(skills);
        glossary = List.copyOf(glossary);
        discussion = List.copyOf(discussion);
        guide = guide == null ? GuideNotes.NONE : guide;
        extensionAnnotations = Set.copyOf(extensionAnnotations);
        extensionSteps = Set.copyOf(extensionSteps);
        extensionQuestions = Set.copyOf(extensionQuestions);
        discernment = Set.copyOf(discernment);
        transfer = Set.copyOf(transfer);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        exercises.forEach((step, ids) -> copy.put(step, List.copyOf(ids)));
        exercises = java.util.Collections.unmodifiableMap(copy);
        quiz = List.copyOf(quiz);
    }

    /** Whether the file marks any item {@code path: extension}, i.e. whether it has two paths. */
    public boolean hasPaths() {
        return !extensionAnnotations.isEmpty() || !extensionSteps.isEmpty() || !extensionQuestions.isEmpty();
    }

    /** The timing the file gives, or the standard one (120 words a minute, a minute a question). */
    public Timing timingOrStandard() {
        return timing.orElseGet(Timing::standard);
    }

    public boolean annotationOn(String id, LessonPath path) {
        return path.includes(extensionAnnotations.contains(id));
    }

    public boolean stepOn(String id, LessonPath path) {
        return path.includes(extensionSteps.contains(id));
    }

    /** Whether an exercise or quiz question is asked on this path. */
    public boolean questionOn(String id, LessonPath path) {
        return path.includes(extensionQuestions.contains(id));
    }

    public List<String> quizOn(LessonPath path) {
        return quiz.stream().filter(id -> questionOn(id, path)).toList();
    }

    /** The exercises of a step on this path (none when the step itself is not on it). */
    public List<String> exercisesOn(String stepId, LessonPath path) {
        if (!stepOn(stepId, path)) {
            return List.of();
        }
        return exercises.getOrDefault(stepId, List.of()).stream().filter(id -> questionOn(id, path)).toList();
    }

    public boolean isExtension(String questionOrStepOrAnnotation) {
        return extensionQuestions.contains(questionOrStepOrAnnotation)
                || extensionSteps.contains(questionOrStepOrAnnotation)
                || extensionAnnotations.contains(questionOrStepOrAnnotation);
    }

    /**
     * The plan without the lists of exercise and quiz ids, which a lesson's files, not its plan, hold:
     * what a draft keeps while its questions change.
     */
    public LessonPlan withoutItemLists() {
        return new LessonPlan(timing, skills, glossary, discussion, guide, extensionAnnotations, extensionSteps,
                extensionQuestions, discernment, transfer, Map.of(), List.of());
    }

    /** The same plan with other lesson-level texts (what a teacher edits in the lesson's details). */
    public LessonPlan withTexts(Optional<Timing> newTiming, List<String> newSkills, List<GlossaryTerm> newGlossary,
                                List<String> newDiscussion, GuideNotes newGuide) {
        return new LessonPlan(newTiming, newSkills, newGlossary, newDiscussion, newGuide, extensionAnnotations,
                extensionSteps, extensionQuestions, discernment, transfer, exercises, quiz);
    }
}
