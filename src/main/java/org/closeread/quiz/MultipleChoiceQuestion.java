package org.closeread.quiz;

import java.util.List;
import java.util.Objects;

/** Pick every right option, with partial credit. Options are shown shuffled; answers refer to the shown order. */
public record MultipleChoiceQuestion(Stem stem, List<Option> options) implements Question {

    public MultipleChoiceQuestion {
        Objects.requireNonNull(stem, "stem");
        options = List.copyOf(options);
        if (options.size() < 2 || options.stream().noneMatch(Option::correct)) {
            throw new IllegalArgumentException(stem.id() + ": a multiple choice needs two or more options,"
                    + " at least one right");
        }
    }

    @Override
    public QuestionType type() {
        return QuestionType.MULTIPLE;
    }

    /** The options in the order the student sees them. */
    public List<Option> shownOptions() {
        return Shuffle.shown(id(), options);
    }

    @Override
    public PromptView promptView() {
        return PromptView.choices(stem, type(), shownOptions().stream().map(Option::text).toList());
    }

    @Override
    public Result score(Answer answer) {
        if (answer instanceof ChoiceAnswer choice) {
            return Result.of(stem, MultipleChoiceScoring.score(shownOptions(), choice.options()));
        }
        throw new WrongAnswerTypeException(this, answer);
    }
}
