package org.closeread.quiz;

import java.util.Objects;

/** Is the statement true or false? Each answer may have its own feedback. */
public record TrueFalseQuestion(Stem stem, boolean answer, String feedbackTrue, String feedbackFalse)
        implements Question {

    public TrueFalseQuestion {
        Objects.requireNonNull(stem, "stem");
        feedbackTrue = Objects.requireNonNullElse(feedbackTrue, "");
        feedbackFalse = Objects.requireNonNullElse(feedbackFalse, "");
    }

    @Override
    public QuestionType type() {
        return QuestionType.TRUE_FALSE;
    }

    @Override
    public PromptView promptView() {
        return PromptView.plain(stem, type());
    }

    @Override
    public Result score(Answer given) {
        if (given instanceof TrueFalseAnswer trueFalse) {
            return Result.of(stem, TrueFalseScoring.score(answer, trueFalse.value(), feedbackTrue, feedbackFalse));
        }
        throw new WrongAnswerTypeException(this, given);
    }
}
