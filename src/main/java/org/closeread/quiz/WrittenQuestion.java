package org.closeread.quiz;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Answer in writing, then check yourself against the model answer and the rubric. Without a rubric the
 * one point to check is the model answer itself.
 */
public record WrittenQuestion(Stem stem, String modelAnswer, List<String> rubric) implements Question {

    static final String MODEL_ANSWER_POINT = "My answer makes the same points as the model answer.";

    public WrittenQuestion {
        Objects.requireNonNull(stem, "stem");
        if (modelAnswer == null || modelAnswer.isBlank()) {
            throw new IllegalArgumentException(stem.id() + ": a written question needs a model answer");
        }
        rubric = rubric == null || rubric.isEmpty() ? List.of(MODEL_ANSWER_POINT) : List.copyOf(rubric);
    }

    @Override
    public QuestionType type() {
        return QuestionType.WRITTEN;
    }

    @Override
    public PromptView promptView() {
        return PromptView.plain(stem, type());
    }

    @Override
    public Result score(Answer answer) {
        if (answer instanceof WrittenAnswer written) {
            Set<Integer> ticked = written.text().isBlank() ? Set.of() : written.rubricMet().stream()
                    .filter(i -> i >= 0 && i < rubric.size()).collect(Collectors.toSet());
            return Result.of(stem, SelfCheckScoring.score(written.text(), rubric, ticked),
                    new SelfCheck(modelAnswer, rubric, ticked));
        }
        throw new WrongAnswerTypeException(this, answer);
    }
}
