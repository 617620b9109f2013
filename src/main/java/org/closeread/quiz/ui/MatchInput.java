package org.closeread.quiz.ui;

import org.closeread.base.ui.Translations;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.closeread.quiz.Answer;
import org.closeread.quiz.MatchAnswer;

/** One drop-down per left-hand item, choosing its right-hand partner: no dragging needed. */
final class MatchInput implements AnswerInput {

    private final Div root = new Div();
    private final List<Select<Integer>> choices = new ArrayList<>();

    MatchInput(List<String> lefts, List<String> rights) {
        root.addClassName("match-input");
        List<Integer> positions = IntStream.range(0, rights.size()).boxed().toList();
        for (String left : lefts) {
            Select<Integer> choice = new Select<>();
            choice.setLabel(left);
            choice.setItems(positions);
            // The empty choice is labelled by its caption; the generator also sees it, as null.
            choice.setItemLabelGenerator(position -> position == null ? "" : rights.get(position));
            choice.setPlaceholder(Translations.text("quiz.match-input.choose"));
            choice.setEmptySelectionAllowed(true);
            choice.setEmptySelectionCaption(Translations.text("quiz.match-input.not-chosen"));
            choice.setWidthFull();
            choices.add(choice);
            root.add(choice);
        }
    }

    @Override
    public Component component() {
        return root;
    }

    @Override
    public Optional<Answer> answer() {
        Map<Integer, Integer> matches = new LinkedHashMap<>();
        for (int i = 0; i < choices.size(); i++) {
            Integer chosen = choices.get(i).getValue();
            if (chosen != null) {
                matches.put(i, chosen);
            }
        }
        return matches.isEmpty() ? Optional.empty() : Optional.of(new MatchAnswer(matches));
    }

    @Override
    public void fill(Answer answer) {
        if (answer instanceof MatchAnswer match) {
            match.matches().forEach((left, right) -> {
                if (left >= 0 && left < choices.size()) {
                    choices.get(left).setValue(right);
                }
            });
        }
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        choices.forEach(c -> c.setReadOnly(readOnly));
    }

    List<Select<Integer>> choices() {
        return choices;
    }
}
