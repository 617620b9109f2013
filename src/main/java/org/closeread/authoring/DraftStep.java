package org.closeread.authoring;

import java.util.List;
import java.util.Objects;
import org.closeread.article.Lens;

/** A step of the guided reading: its lens, teaching text (Markdown), the annotations it reveals and its exercises. */
public record DraftStep(String id, String title, Lens lens, String text, List<String> reveal,
                        List<DraftQuestion> exercises) {

    public DraftStep {
        id = TypedText.clean(id);
        title = TypedText.clean(title);
        Objects.requireNonNull(lens, "lens");
        text = TypedText.clean(text);
        reveal = TypedText.cleanAll(reveal).stream().distinct().toList();
        exercises = exercises == null ? List.of() : List.copyOf(exercises);
    }

    public DraftStep withReveal(List<String> newReveal) {
        return new DraftStep(id, title, lens, text, newReveal, exercises);
    }

    public DraftStep withExercises(List<DraftQuestion> newExercises) {
        return new DraftStep(id, title, lens, text, reveal, newExercises);
    }
}
