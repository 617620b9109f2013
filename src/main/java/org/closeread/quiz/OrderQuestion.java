package org.closeread.quiz;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/** Put the items in order. {@code items} is the right order; they are shown shuffled. */
public record OrderQuestion(Stem stem, List<String> items) implements Question {

    public OrderQuestion {
        Objects.requireNonNull(stem, "stem");
        items = List.copyOf(items);
        if (items.size() < 2 || new HashSet<>(items).size() != items.size()) {
            throw new IllegalArgumentException(stem.id() + ": an order question needs two or more different items");
        }
    }

    @Override
    public QuestionType type() {
        return QuestionType.ORDER;
    }

    @Override
    public PromptView promptView() {
        return PromptView.order(stem, Shuffle.shown(id(), items));
    }

    @Override
    public Result score(Answer answer) {
        if (answer instanceof OrderAnswer order) {
            List<Integer> shown = Shuffle.order(id(), items.size());
            List<Integer> sequence = order.order().stream()
                    .map(p -> p != null && p >= 0 && p < shown.size() ? shown.get(p) : -1).toList();
            return Result.of(stem, OrderScoring.score(items, sequence));
        }
        throw new WrongAnswerTypeException(this, answer);
    }
}
