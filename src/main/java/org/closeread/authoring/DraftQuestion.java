package org.closeread.authoring;

import java.util.List;
import java.util.Objects;
import org.closeread.quiz.QuestionType;

/**
 * A question as the lesson file holds it, whatever its type. The fields a type does not use stay
 * empty and are not written: {@code options} for choices; {@code answer} and its two feedbacks for
 * true/false; {@code blocks} (block ids) and {@code targets} for highlighting; {@code pairs} and
 * {@code distractors} for matching; {@code items} (in the right order) for ordering; {@code modelAnswer}
 * and {@code rubric} for written answers. {@code review} names a step, or is empty.
 */
public record DraftQuestion(String id, QuestionType type, String prompt, String explanation, String review,
                            List<DraftOption> options, boolean answer, String feedbackTrue, String feedbackFalse,
                            List<String> blocks, List<DraftTarget> targets, List<DraftPair> pairs,
                            List<String> distractors, List<String> items, String modelAnswer, List<String> rubric) {

    public static final int PROMPT_MAX_LENGTH = 2000;

    public DraftQuestion {
        id = TypedText.clean(id);
        Objects.requireNonNull(type, "type");
        prompt = TypedText.clean(prompt);
        explanation = TypedText.clean(explanation);
        review = TypedText.clean(review);
        options = copy(options);
        feedbackTrue = TypedText.clean(feedbackTrue);
        feedbackFalse = TypedText.clean(feedbackFalse);
        blocks = TypedText.cleanAll(blocks);
        targets = copy(targets);
        pairs = copy(pairs);
        distractors = TypedText.cleanAll(distractors);
        items = TypedText.cleanAll(items);
        modelAnswer = TypedText.clean(modelAnswer);
        rubric = TypedText.cleanAll(rubric);
    }

    /** A new question of a type, with nothing filled in yet. */
    public static DraftQuestion blank(String id, QuestionType type) {
        return new DraftQuestion(id, type, "", "", "", List.of(), true, "", "", List.of(), List.of(), List.of(),
                List.of(), List.of(), "", List.of());
    }

    public DraftQuestion withId(String newId) {
        return new DraftQuestion(newId, type, prompt, explanation, review, options, answer, feedbackTrue,
                feedbackFalse, blocks, targets, pairs, distractors, items, modelAnswer, rubric);
    }

    /** The same type fields with new common ones: what a question form saves. */
    public DraftQuestion withStem(String newId, String newPrompt, String newExplanation, String newReview) {
        return new DraftQuestion(newId, type, newPrompt, newExplanation, newReview, options, answer, feedbackTrue,
                feedbackFalse, blocks, targets, pairs, distractors, items, modelAnswer, rubric);
    }

    public DraftQuestion withReview(String newReview) {
        return new DraftQuestion(id, type, prompt, explanation, newReview, options, answer, feedbackTrue,
                feedbackFalse, blocks, targets, pairs, distractors, items, modelAnswer, rubric);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
