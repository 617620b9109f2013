package org.closeread.authoring.ui;

import org.closeread.base.ui.Translations;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;
import org.closeread.article.Lens;
import org.closeread.authoring.DraftAnnotation;
import org.closeread.authoring.DraftStep;

/** A step of the guided reading: title, lens, teaching text and the annotations it reveals. Calls back on save. */
class StepForm extends Composite<Div> {

    private final H2 heading = new H2(Translations.text("authoring.step-form.new-step"));
    private final TextField title = new TextField(Translations.text("authoring.step-form.title"));
    private final Select<Lens> lens = new Select<>();
    private final TextArea text = new TextArea(Translations.text("authoring.step-form.teaching-text"));
    private final MultiSelectComboBox<String> reveal = new MultiSelectComboBox<>("Annotations it reveals");
    private final TextField id = new TextField(Translations.text("authoring.step-form.id-optional"));
    private final Button save = new Button(Translations.text("authoring.step-form.save-step"));
    private final Button cancel = new Button(Translations.text("authoring.step-form.cancel"));

    StepForm(Consumer<DraftStep> onSave, Runnable onCancel) {
        getContent().addClassName("step-form");
        lens.setLabel(Translations.text("authoring.step-form.lens"));
        lens.setItems(Lens.values());
        lens.setItemLabelGenerator(Lens::label);
        title.setMaxLength(org.closeread.lesson.Step.TITLE_MAX_LENGTH);
        text.setMaxLength(org.closeread.lesson.Step.TEXT_MAX_LENGTH);
        text.setHelperText(Translations.text("authoring.step-form.markdown-works-bold-italics"));
        text.setWidthFull();
        reveal.setWidthFull();
        id.setHelperText(Translations.text("authoring.step-form.made-from-the-title"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (title.getValue().isBlank()) {
                title.setInvalid(true);
                title.setErrorMessage(Translations.text("authoring.step-form.a-step-needs-a"));
                return;
            }
            title.setInvalid(false);
            onSave.accept(new DraftStep(id.getValue(), title.getValue(), lens.getValue(), text.getValue(),
                    List.copyOf(reveal.getValue()), List.of()));
        });
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cancel.addClickListener(click -> onCancel.run());
        getContent().add(heading, title, lens, text, reveal, id, new Div(save, cancel));
        show(null);
    }

    /** The annotations a step can reveal, labelled by lens and words. */
    void setAnnotations(List<DraftAnnotation> annotations) {
        reveal.setItems(annotations.stream().map(DraftAnnotation::id).toList());
        reveal.setItemLabelGenerator(id -> annotations.stream().filter(a -> a.id().equals(id)).findFirst()
                .map(a -> Translations.text(a.lens().nameKey()) + ": “" + a.text() + "”").orElse(id));
    }

    /** Fills the form with a step to edit, or empties it for a new one ({@code null}). */
    void show(DraftStep step) {
        heading.setText(step == null ? "New step" : "Edit step " + step.id());
        title.setValue(step == null ? "" : step.title());
        title.setInvalid(false);
        lens.setValue(step == null ? Lens.ANATOMY : step.lens());
        text.setValue(step == null ? "" : step.text());
        reveal.setValue(step == null ? new LinkedHashSet<>() : new LinkedHashSet<>(step.reveal()));
        id.setValue(step == null ? "" : step.id());
        if (step != null) {
            getContent().getElement().callJsFunction("scrollIntoView");
            title.focus();
        }
    }

    TextField titleField() {
        return title;
    }

    Select<Lens> lensField() {
        return lens;
    }

    TextArea textField() {
        return text;
    }

    MultiSelectComboBox<String> revealField() {
        return reveal;
    }

    Button saveButton() {
        return save;
    }
}
