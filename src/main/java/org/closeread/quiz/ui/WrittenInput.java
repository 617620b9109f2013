package org.closeread.quiz.ui;

import org.closeread.base.ui.Translations;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Optional;
import java.util.Set;
import org.closeread.quiz.Answer;
import org.closeread.quiz.WrittenAnswer;

/** A short written answer; the self-check against the model answer comes after it is saved. */
final class WrittenInput implements AnswerInput {

    static final int MAX_LENGTH = 2000;
    private final TextArea field;
    private Set<Integer> ticked = Set.of();

    WrittenInput(String label) {
        field = new TextArea(label);
        field.setMaxLength(MAX_LENGTH);
        field.setWidthFull();
        field.setMinHeight("8rem");
        field.setHelperText(Translations.text("quiz.written-input.a-few-sentences-after"));
    }

    @Override
    public Component component() {
        return field;
    }

    @Override
    public Optional<Answer> answer() {
        String text = field.getValue().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(new WrittenAnswer(text, ticked));
    }

    @Override
    public void fill(Answer answer) {
        if (answer instanceof WrittenAnswer written) {
            field.setValue(written.text());
            ticked = written.rubricMet();
        }
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        field.setReadOnly(readOnly);
    }

    TextArea field() {
        return field;
    }
}
