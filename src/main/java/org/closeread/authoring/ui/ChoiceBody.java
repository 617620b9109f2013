package org.closeread.authoring.ui;

import org.closeread.base.ui.Translations;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.closeread.authoring.DraftOption;
import org.closeread.authoring.DraftQuestion;

/** Options of a single or multiple choice question: text, whether it is right, and the feedback for it. */
class ChoiceBody implements QuestionBody {

    /** One option's fields. */
    record Row(TextField text, Checkbox correct, TextField feedback, Div line) {
    }

    private final Div root = new Div();
    private final Div rows = new Div();
    private final List<Row> options = new ArrayList<>();

    ChoiceBody(DraftQuestion question, boolean multiple) {
        root.addClassName("choice-body");
        Paragraph hint = new Paragraph(Translations.text(multiple ? "authoring.choice.hint.multiple" : "authoring.choice.hint.single"));
        hint.addClassName("editor-hint");
        Button add = new Button(Translations.text("authoring.choice-body.add-an-option"), click -> addRow(new DraftOption("", false, "")));
        root.add(hint, rows, add);
        question.options().forEach(this::addRow);
        while (options.size() < 2) {
            addRow(new DraftOption("", false, ""));
        }
    }

    private void addRow(DraftOption option) {
        int n = options.size() + 1;
        TextField text = new TextField(Translations.text("authoring.option", n));
        text.setValue(option.text());
        Checkbox correct = new Checkbox(Translations.text("authoring.choice-body.right"), option.correct());
        TextField feedback = new TextField(Translations.text("authoring.option.feedback", n));
        feedback.setValue(option.feedback());
        Div line = new Div();
        line.addClassName("option-row");
        Row row = new Row(text, correct, feedback, line);
        Button remove = new Button(Translations.text("authoring.choice-body.remove"), click -> {
            options.remove(row);
            rows.remove(line);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        remove.getElement().setAttribute("aria-label", Translations.text("authoring.option.remove", n));
        line.add(text, correct, feedback, remove);
        options.add(row);
        rows.add(line);
    }

    @Override
    public Component component() {
        return root;
    }

    @Override
    public DraftQuestion fill(DraftQuestion stem) {
        List<DraftOption> filled = options.stream().filter(r -> !r.text().getValue().isBlank())
                .map(r -> new DraftOption(r.text().getValue(), r.correct().getValue(), r.feedback().getValue()))
                .toList();
        return new DraftQuestion(stem.id(), stem.type(), stem.prompt(), stem.explanation(), stem.review(), filled,
                true, "", "", List.of(), List.of(), List.of(), List.of(), List.of(), "", List.of());
    }

    List<Row> rows() {
        return options;
    }
}
