package org.closeread.quiz.ui;

import org.closeread.base.ui.Translations;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import java.util.Optional;
import org.closeread.quiz.Answer;
import org.closeread.quiz.TrueFalseAnswer;

final class TrueFalseInput implements AnswerInput {

    private final RadioButtonGroup<Boolean> field;

    TrueFalseInput(String label) {
        field = new RadioButtonGroup<>(label);
        field.setItems(List.of(true, false));
        field.setItemLabelGenerator(value -> Translations.text(value ? "quiz.true" : "quiz.false"));
    }

    @Override
    public Component component() {
        return field;
    }

    @Override
    public Optional<Answer> answer() {
        return Optional.ofNullable(field.getValue()).map(TrueFalseAnswer::new);
    }

    @Override
    public void fill(Answer answer) {
        if (answer instanceof TrueFalseAnswer value) {
            field.setValue(value.value());
        }
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        field.setReadOnly(readOnly);
    }
}
