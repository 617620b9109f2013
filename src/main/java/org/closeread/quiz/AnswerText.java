package org.closeread.quiz;

import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a student answered, in words a teacher reads in a table or a spreadsheet: the options picked,
 * the phrases marked, the pairs made, the order given, the text written. Indices are read in the order
 * the student saw, as scoring reads them.
 */
public final class AnswerText {

    private AnswerText() {
    }

    public static String of(Question question, Answer answer) {
        if (question instanceof SingleChoiceQuestion single && answer instanceof ChoiceAnswer choice) {
            return picks(single.shownOptions(), choice);
        }
        if (question instanceof MultipleChoiceQuestion multiple && answer instanceof ChoiceAnswer choice) {
            return picks(multiple.shownOptions(), choice);
        }
        if (question instanceof TrueFalseQuestion && answer instanceof TrueFalseAnswer value) {
            return value.value() ? "True" : "False";
        }
        if (question instanceof HighlightQuestion highlight && answer instanceof HighlightAnswer marks) {
            return highlight.markedRuns(marks).stream().map(text -> "“" + text + "”")
                    .collect(Collectors.joining("; "));
        }
        if (question instanceof MatchQuestion match && answer instanceof MatchAnswer pairs) {
            return pairs(match, pairs);
        }
        if (question instanceof OrderQuestion order && answer instanceof OrderAnswer sequence) {
            return sequence(order, sequence);
        }
        if (question instanceof WrittenQuestion && answer instanceof WrittenAnswer written) {
            return written.text();
        }
        throw new WrongAnswerTypeException(question, answer);
    }

    private static String picks(List<Option> shown, ChoiceAnswer choice) {
        return choice.options().stream().sorted().filter(i -> i >= 0 && i < shown.size())
                .map(i -> shown.get(i).text()).collect(Collectors.joining("; "));
    }

    private static String pairs(MatchQuestion match, MatchAnswer answer) {
        List<String> rights = match.shownRights();
        return new TreeMap<>(answer.matches()).entrySet().stream()
                .filter(e -> e.getKey() >= 0 && e.getKey() < match.pairs().size())
                .filter(e -> e.getValue() >= 0 && e.getValue() < rights.size())
                .map(e -> match.pairs().get(e.getKey()).left() + " → " + rights.get(e.getValue()))
                .collect(Collectors.joining("; "));
    }

    private static String sequence(OrderQuestion order, OrderAnswer answer) {
        List<String> shown = order.promptView().items();
        return answer.order().stream().filter(i -> i != null && i >= 0 && i < shown.size())
                .map(shown::get).collect(Collectors.joining(" → "));
    }

}
