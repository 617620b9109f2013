package org.closeread.authoring.ui;

import org.closeread.base.ui.Translations;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.closeread.article.Annotation;
import org.closeread.article.Lens;
import org.closeread.authoring.DraftAnnotation;

/**
 * What an annotation says: its lens, the facts of that lens, and the explanation for students. Knows
 * no service: Save, Delete and Cancel call back, and the form keeps its values until told to clear.
 */
class AnnotationForm extends Composite<Div> {

    private final H2 heading = new H2(Translations.text("authoring.annotation-form.new-annotation"));
    private final Paragraph marked = new Paragraph();
    private final Select<Lens> lens = new Select<>();
    private final Div factFields = new Div();
    private final Map<String, TextField> facts = new LinkedHashMap<>();
    private final TextArea explanation = new TextArea(Translations.text("authoring.annotation-form.explanation-for-students"));
    private final TextField id = new TextField(Translations.text("authoring.annotation-form.id-optional"));
    private final Paragraph message = new Paragraph();
    private final Button save = new Button(Translations.text("authoring.annotation-form.save-annotation"));
    private final Button delete = new Button(Translations.text("authoring.annotation-form.delete-annotation"));
    private final Button cancel = new Button(Translations.text("authoring.annotation-form.cancel"));
    private String text = "";
    private int occurrence;

    AnnotationForm(Consumer<DraftAnnotation> onSave, Runnable onDelete, Runnable onCancel) {
        Div root = getContent();
        root.addClassName("annotation-form");
        marked.addClassName("marked-text");
        lens.setLabel(Translations.text("authoring.annotation-form.lens"));
        lens.setWidthFull();
        lens.setItems(Lens.values());
        lens.setItemLabelGenerator(l -> Translations.text(l.nameKey()) + ": " + Translations.text(l.questionKey()));
        lens.setValue(Lens.QUOTE);
        lens.addValueChangeListener(change -> showFacts(change.getValue(), Map.of()));
        factFields.addClassName("fact-fields");
        explanation.setId("annotation-explanation");
        save.setId("save-annotation");
        explanation.setMaxLength(Annotation.EXPLANATION_MAX_LENGTH);
        explanation.setHelperText(Translations.text("authoring.annotation.explanation.help"));
        explanation.setWidthFull();
        id.setHelperText(Translations.text("authoring.annotation-form.made-from-the-marked"));
        message.addClassName("form-message");
        message.getElement().setAttribute("role", "status");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (explanation.getValue().isBlank()) {
                explanation.setInvalid(true);
                explanation.setErrorMessage(Translations.text("authoring.annotation-form.students-need-an-explanation"));
                return;
            }
            explanation.setInvalid(false);
            onSave.accept(new DraftAnnotation(id.getValue(), lens.getValue(), text, occurrence,
                    explanation.getValue(), values()));
        });
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(click -> onDelete.run());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cancel.addClickListener(click -> onCancel.run());
        Div buttons = new Div(save, cancel, delete);
        buttons.addClassName("form-buttons");
        root.add(heading, marked, lens, factFields, explanation, id, message, buttons);
        clear();
    }

    /** An empty form for a new annotation. */
    void clear() {
        heading.setText(Translations.text("authoring.annotation-form.new-annotation"));
        text = "";
        occurrence = 0;
        id.setValue("");
        explanation.setValue("");
        explanation.setInvalid(false);
        showFacts(lens.getValue(), Map.of());
        delete.setVisible(false);
        showMarked("");
    }

    /** Fills the form with an annotation to edit. */
    void edit(DraftAnnotation annotation) {
        heading.setText(Translations.text("authoring.annotation.edit", annotation.id()));
        text = annotation.text();
        occurrence = annotation.occurrence();
        id.setValue(annotation.id());
        lens.setValue(annotation.lens());
        showFacts(annotation.lens(), annotation.facts());
        explanation.setValue(annotation.explanation());
        delete.setVisible(true);
        showMarked(annotation.text());
    }

    void showMarked(String words) {
        marked.setText(words.isEmpty() ? Translations.text("authoring.annotation.mark-first") : Translations.text("authoring.annotation.marked", words));
    }

    void setMessage(String text) {
        message.setText(text);
    }

    private void showFacts(Lens shown, Map<String, String> values) {
        facts.clear();
        factFields.removeAll();
        for (Lens.Fact fact : shown.facts()) {
            TextField field = new TextField(Translations.text(fact.labelKey()));
            field.setId("fact-" + fact.key());
            field.setValue(values.getOrDefault(fact.key(), ""));
            facts.put(fact.key(), field);
            factFields.add(field);
        }
    }

    private Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        facts.forEach((key, field) -> values.put(key, field.getValue()));
        return values;
    }

    Select<Lens> lensField() {
        return lens;
    }

    TextField fact(String key) {
        return facts.get(key);
    }

    TextArea explanationField() {
        return explanation;
    }

    TextField idField() {
        return id;
    }

    Button saveButton() {
        return save;
    }

    Button deleteButton() {
        return delete;
    }

    String message() {
        return message.getText();
    }

    String marked() {
        return marked.getText();
    }
}
