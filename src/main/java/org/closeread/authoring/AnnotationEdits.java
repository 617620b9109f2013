package org.closeread.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.closeread.article.Lens;

/**
 * Adding, changing and removing annotations. A new annotation is revealed by the first step of its
 * lens (a step is added for the lens if there is none), so it shows in the preview at once.
 */
final class AnnotationEdits {

    private AnnotationEdits() {
    }

    /** Saves {@code annotation} in place of the one with id {@code replacing} (null or unknown: adds it). */
    static LessonDraft save(LessonDraft draft, String replacing, DraftAnnotation annotation) {
        boolean replaces = replacing != null && draft.annotation(replacing).isPresent();
        Set<String> taken = draft.annotations().stream().map(DraftAnnotation::id)
                .filter(id -> !replaces || !id.equals(replacing)).collect(Collectors.toSet());
        String base = annotation.id().isEmpty()
                ? Ids.of(annotation.lens().id(), annotation.text(), 4) : annotation.id();
        DraftAnnotation saved = annotation.withId(Ids.unique(base, taken));
        List<DraftAnnotation> annotations = new ArrayList<>(draft.annotations());
        List<DraftStep> steps = new ArrayList<>(draft.steps());
        if (replaces) {
            annotations.replaceAll(a -> a.id().equals(replacing) ? saved : a);
            steps.replaceAll(step -> step.withReveal(step.reveal().stream()
                    .map(id -> id.equals(replacing) ? saved.id() : id).toList()));
        } else {
            annotations.add(saved);
        }
        if (steps.stream().noneMatch(step -> step.reveal().contains(saved.id()))) {
            reveal(steps, saved.id(), saved.lens());
        }
        return draft.withAnnotations(annotations, steps);
    }

    static LessonDraft delete(LessonDraft draft, String id) {
        List<DraftAnnotation> annotations = draft.annotations().stream().filter(a -> !a.id().equals(id)).toList();
        List<DraftStep> steps = draft.steps().stream()
                .map(step -> step.withReveal(step.reveal().stream().filter(r -> !r.equals(id)).toList())).toList();
        return draft.withAnnotations(annotations, steps);
    }

    private static void reveal(List<DraftStep> steps, String id, Lens lens) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).lens() == lens) {
                List<String> reveal = new ArrayList<>(steps.get(i).reveal());
                reveal.add(id);
                steps.set(i, steps.get(i).withReveal(reveal));
                return;
            }
        }
        String stepId = Ids.unique(lens.id(), steps.stream().map(DraftStep::id).toList());
        steps.add(new DraftStep(stepId, lens.label(), lens, "", List.of(id), List.of()));
    }
}
