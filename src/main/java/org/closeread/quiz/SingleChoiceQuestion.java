package org.closeread.quiz;

import java.util.List;
import java.util.Objects;

/** Pick the one right option. Options are shown shuffled; answers refer to the shown order. */
public record SingleChoiceQuestion(Stem stem, List<Option> options) implements Question {

    public SingleChoiceQuestion {
        Objects.requireNonNull(stem, "stem");
        options = List.copyOf(options);
        if (options.size() < 2 || options.stream().filter(Option::correct).count() != 1) {
            throw new IllegalArgumentException(stem.id() + ": a single choice needs two or more options, one right");
        }
    }

    @Override
    public QuestionType type() {
        return QuestionType.SINGLE;
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
            return Result.of(stem, SingleChoiceScoring.score(shownOptions(), choice.options()));
        }
        throw new WrongAnswerTypeException(this, answer);
    }
}
