package org.closeread.classroom;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.closeread.quiz.QuestionType;

/**
 * How a class did on one question: how many answered, how many had full marks, the mean score, the
 * most common wrong answer, for a highlight question the heat map of marked words, and how many tries
 * the answers took in all (every try is kept; the answer policy says which one counts).
 */
public record QuestionSummary(int number, String questionId, String prompt, QuestionType type, int answered,
                              int right, double meanScore, Optional<CommonWrong> commonWrong,
                              Optional<HeatMap> heatMap, int tries) {

    /** A question whose answers each took one try. */
    public QuestionSummary(int number, String questionId, String prompt, QuestionType type, int answered,
                           int right, double meanScore, Optional<CommonWrong> commonWrong,
                           Optional<HeatMap> heatMap) {
        this(number, questionId, prompt, type, answered, right, meanScore, commonWrong, heatMap, answered);
    }

    public QuestionSummary {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(type, "type");
        commonWrong = Objects.requireNonNullElse(commonWrong, Optional.empty());
        heatMap = Objects.requireNonNullElse(heatMap, Optional.empty());
    }

    /** The share of answers with full marks, as a whole percent; empty while nobody answered. */
    public OptionalInt percentRight() {
        return answered == 0 ? OptionalInt.empty() : OptionalInt.of((int) Math.round(100.0 * right / answered));
    }
}
