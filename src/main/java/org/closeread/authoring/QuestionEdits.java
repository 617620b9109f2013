package org.closeread.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.closeread.quiz.FeedbackTiming;

/**
 * Adding, changing, moving and removing questions of the quiz and of the steps' exercises. Ids are
 * unique across all of them, as the lesson format asks.
 */
final class QuestionEdits {

    private QuestionEdits() {
    }

    /**
     * Saves {@code question} at {@code place} in place of the question {@code replacing} (null or unknown:
     * adds it at the end). A question that stays where it was keeps its position.
     */
    static LessonDraft save(LessonDraft draft, QuestionPlace place, String replacing, DraftQuestion question) {
        Optional<PlacedQuestion> old = Optional.ofNullable(replacing).flatMap(draft::question);
        Set<String> taken = draft.questions().stream().map(p -> p.question().id())
                .filter(id -> old.isEmpty() || !id.equals(replacing)).collect(Collectors.toSet());
        String base = question.id().isEmpty() ? Ids.of("q", question.prompt(), 3) : question.id();
        DraftQuestion saved = question.withId(Ids.unique(base, taken));
        if (old.isPresent() && old.get().place().equals(place)) {
            return edit(draft, place, list -> list.stream().map(q -> q.id().equals(replacing) ? saved : q).toList());
        }
        LessonDraft without = old.isPresent() ? delete(draft, replacing) : draft;
        return edit(without, place, list -> {
            List<DraftQuestion> added = new ArrayList<>(list);
            added.add(saved);
            return added;
        });
    }

    static LessonDraft delete(LessonDraft draft, String id) {
        LessonDraft changed = draft;
        for (QuestionPlace place : places(draft)) {
            changed = edit(changed, place, list -> list.stream().filter(q -> !q.id().equals(id)).toList());
        }
        return changed;
    }

    /** Moves a question up ({@code -1}) or down ({@code +1}) among the questions of its place. */
    static LessonDraft move(LessonDraft draft, String id, int delta) {
        return draft.question(id).map(placed -> edit(draft, placed.place(),
                list -> Moves.move(list, q -> q.id().equals(id), delta))).orElse(draft);
    }

    static LessonDraft quizSettings(LessonDraft draft, String title, int passMark, FeedbackTiming feedback) {
        List<DraftQuestion> questions = draft.quiz().map(DraftQuiz::questions).orElse(List.of());
        return draft.withSteps(draft.steps(), Optional.of(new DraftQuiz(title, passMark, feedback, questions)));
    }

    /** Questions that review step {@code from} review {@code to} instead (empty: no step). */
    static LessonDraft renameReview(LessonDraft draft, String from, String to) {
        LessonDraft changed = draft;
        for (QuestionPlace place : places(draft)) {
            changed = edit(changed, place, list -> list.stream()
                    .map(q -> q.review().equals(from) ? q.withReview(to) : q).toList());
        }
        return changed;
    }

    private static List<QuestionPlace> places(LessonDraft draft) {
        List<QuestionPlace> places = new ArrayList<>();
        draft.steps().forEach(step -> places.add(QuestionPlace.step(step.id())));
        places.add(QuestionPlace.QUIZ);
        return places;
    }

    private static LessonDraft edit(LessonDraft draft, QuestionPlace place, UnaryOperator<List<DraftQuestion>> change) {
        if (place.isQuiz()) {
            DraftQuiz quiz = draft.quiz().orElseGet(DraftQuiz::empty);
            List<DraftQuestion> questions = change.apply(quiz.questions());
            boolean untouched = draft.quiz().isEmpty() && questions.isEmpty();
            return untouched ? draft : draft.withSteps(draft.steps(), Optional.of(quiz.withQuestions(questions)));
        }
        if (draft.step(place.stepId()).isEmpty()) {
            throw new IllegalArgumentException("There is no step " + place.stepId() + " to hold the question.");
        }
        List<DraftStep> steps = draft.steps().stream().map(step -> step.id().equals(place.stepId())
                ? step.withExercises(change.apply(step.exercises())) : step).toList();
        return draft.withSteps(steps, draft.quiz());
    }
}
