package org.closeread.quiz;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The fully right answer to any question, given as a student would: by what the prompt view shows. */
final class KeyAnswers {

    private KeyAnswers() {
    }

    static Answer of(Question question) {
        if (question instanceof SingleChoiceQuestion single) {
            return picks(single.shownOptions());
        }
        if (question instanceof MultipleChoiceQuestion multiple) {
            return picks(multiple.shownOptions());
        }
        if (question instanceof TrueFalseQuestion trueFalse) {
            return new TrueFalseAnswer(trueFalse.answer());
        }
        if (question instanceof HighlightQuestion highlight) {
            return new HighlightAnswer(highlight.targets().stream().map(Target::span).toList());
        }
        if (question instanceof MatchQuestion match) {
            List<String> rights = match.shownRights();
            Map<Integer, Integer> matches = new HashMap<>();
            for (int i = 0; i < match.pairs().size(); i++) {
                matches.put(i, rights.indexOf(match.pairs().get(i).right()));
            }
            return new MatchAnswer(matches);
        }
        if (question instanceof OrderQuestion order) {
            List<String> shown = order.promptView().items();
            return new OrderAnswer(order.items().stream().map(shown::indexOf).toList());
        }
        WrittenQuestion written = (WrittenQuestion) question;
        return new WrittenAnswer("My answer.", IntStream.range(0, written.rubric().size()).boxed()
                .collect(Collectors.toSet()));
    }

    private static ChoiceAnswer picks(List<Option> shown) {
        Set<Integer> picks = IntStream.range(0, shown.size()).filter(i -> shown.get(i).correct()).boxed()
                .collect(Collectors.toSet());
        return new ChoiceAnswer(picks);
    }
}
