package org.closeread.authoring.ui;

import org.closeread.base.ui.Translations;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.closeread.authoring.DraftPair;
import org.closeread.authoring.DraftQuestion;

/** The pairs of a match question (e.g. quote → speaker), and extra right-hand choices that match nothing. */
class MatchBody implements QuestionBody {

    /** One pair's fields. */
    record Row(TextField left, TextField right, Div line) {
    }

    private final Div root = new Div();
    private final Div rows = new Div();
    private final List<Row> pairs = new ArrayList<>();
    private final TextArea distractors = new TextArea(Translations.text("authoring.match-body.extra-choices-that-match"));

    MatchBody(DraftQuestion question) {
        Button add = new Button(Translations.text("authoring.match-body.add-a-pair"), click -> addRow(new DraftPair("", "")));
        distractors.setValue(String.join("\n", question.distractors()));
        distractors.setWidthFull();
        root.add(rows, add, distractors);
        question.pairs().forEach(this::addRow);
        while (pairs.size() < 2) {
            addRow(new DraftPair("", ""));
        }
    }

    private void addRow(DraftPair pair) {
        int n = pairs.size() + 1;
        TextField left = new TextField(Translations.text("authoring.pair.item", n));
        left.setValue(pair.left());
        TextField right = new TextField(Translations.text("authoring.match-body.its-match"));
        right.setValue(pair.right());
        right.setAriaLabel(Translations.text("authoring.pair.match", n));
        Div line = new Div();
        line.addClassName("option-row");
        Row row = new Row(left, right, line);
        Button remove = new Button(Translations.text("authoring.match-body.remove"), click -> {
            pairs.remove(row);
            rows.remove(line);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        remove.getElement().setAttribute("aria-label", Translations.text("authoring.pair.remove", n));
        line.add(left, right, remove);
        pairs.add(row);
        rows.add(line);
    }

    @Override
    public Component component() {
        return root;
    }

    @Override
    public DraftQuestion fill(DraftQuestion stem) {
        List<DraftPair> filled = pairs.stream()
                .filter(r -> !r.left().getValue().isBlank() || !r.right().getValue().isBlank())
                .map(r -> new DraftPair(r.left().getValue(), r.right().getValue())).toList();
        return new DraftQuestion(stem.id(), stem.type(), stem.prompt(), stem.explanation(), stem.review(), List.of(),
                true, "", "", List.of(), List.of(), filled, distractors.getValue().lines().toList(), List.of(), "",
                List.of());
    }

    List<Row> rows() {
        return pairs;
    }

    TextArea distractorsField() {
        return distractors;
    }
}
