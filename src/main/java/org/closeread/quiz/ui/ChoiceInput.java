package org.closeread.quiz.ui;

import org.closeread.base.ui.Translations;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.closeread.quiz.Answer;
import org.closeread.quiz.ChoiceAnswer;

/** Single choice as radio buttons, multiple choice as checkboxes; values are the options' positions. */
final class ChoiceInput implements AnswerInput {

    private final RadioButtonGroup<Integer> single;
    private final CheckboxGroup<Integer> multiple;

    ChoiceInput(List<String> options, boolean several, String label) {
        List<Integer> positions = IntStream.range(0, options.size()).boxed().toList();
        if (several) {
            multiple = new CheckboxGroup<>(Translations.text("quiz.choose-all", label));
            multiple.setItems(positions);
            multiple.setItemLabelGenerator(options::get);
            multiple.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
            single = null;
        } else {
            single = new RadioButtonGroup<>(label);
            single.setItems(positions);
            single.setItemLabelGenerator(options::get);
            single.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            multiple = null;
        }
    }

    @Override
    public Component component() {
        return single != null ? single : multiple;
    }

    @Override
    public Optional<Answer> answer() {
        if (single != null) {
            return Optional.ofNullable(single.getValue()).map(ChoiceAnswer::of);
        }
        return multiple.getValue().isEmpty() ? Optional.empty()
                : Optional.of(new ChoiceAnswer(new HashSet<>(multiple.getValue())));
    }

    @Override
    public void fill(Answer answer) {
        if (answer instanceof ChoiceAnswer choice) {
            if (single != null) {
                single.setValue(choice.options().stream().findFirst().orElse(null));
            } else {
                multiple.setValue(choice.options());
            }
        }
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        if (single != null) {
            single.setReadOnly(readOnly);
        } else {
            multiple.setReadOnly(readOnly);
        }
    }
}
