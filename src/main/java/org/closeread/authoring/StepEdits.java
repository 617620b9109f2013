package org.closeread.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Adding, changing, moving and removing steps; a step's exercises stay with it. */
final class StepEdits {

    private StepEdits() {
    }

    /**
     * Saves a step's id, title, lens, text and reveals in place of the step {@code replacing} (null or
     * unknown: adds it at the end), keeping that step's exercises. Questions that review the step follow
     * a changed id.
     */
    static LessonDraft save(LessonDraft draft, String replacing, DraftStep step) {
        Optional<DraftStep> old = Optional.ofNullable(replacing).flatMap(draft::step);
        Set<String> taken = draft.steps().stream().map(DraftStep::id)
                .filter(id -> old.isEmpty() || !id.equals(replacing)).collect(Collectors.toSet());
        String id = Ids.unique(step.id().isEmpty() ? Ids.of("step", step.title(), 3) : step.id(), taken);
        DraftStep saved = new DraftStep(id, step.title(), step.lens(), step.text(), step.reveal(),
                old.map(DraftStep::exercises).orElse(List.of()));
        List<DraftStep> steps = new ArrayList<>(draft.steps());
        if (old.isPresent()) {
            steps.replaceAll(s -> s.id().equals(replacing) ? saved : s);
        } else {
            steps.add(saved);
        }
        LessonDraft changed = draft.withSteps(steps, draft.quiz());
        return old.isPresent() && !replacing.equals(id) ? QuestionEdits.renameReview(changed, replacing, id) : changed;
    }

    /** Removes a step with its exercises; questions that reviewed it review nothing. */
    static LessonDraft delete(LessonDraft draft, String id) {
        List<DraftStep> steps = draft.steps().stream().filter(s -> !s.id().equals(id)).toList();
        return QuestionEdits.renameReview(draft.withSteps(steps, draft.quiz()), id, "");
    }

    /** Moves a step up ({@code -1}) or down ({@code +1}); at either end it stays. */
    static LessonDraft move(LessonDraft draft, String id, int delta) {
        return draft.withSteps(Moves.move(draft.steps(), s -> s.id().equals(id), delta), draft.quiz());
    }
}
