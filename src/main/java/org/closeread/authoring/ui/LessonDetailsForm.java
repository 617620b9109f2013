package org.closeread.authoring.ui;

import org.closeread.base.ui.Translations;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;
import org.closeread.authoring.GlossaryLines;
import org.closeread.authoring.LessonDraft;
import org.closeread.lesson.GlossaryTerm;

/** The lesson's own details, for the library: title, level, minutes and objectives (one per line). */
class LessonDetailsForm extends Composite<FormLayout> {

    static final class Fields {
        String title = "";
        String level = "";
        Integer minutes = LessonDraft.DEFAULT_MINUTES;
        String objectives = "";
        String glossary = "";
    }

    private final TextField title = new TextField(Translations.text("authoring.lesson-details-form.lesson-title"));
    private final TextField level = new TextField(Translations.text("authoring.lesson-details-form.level"));
    private final IntegerField minutes = new IntegerField(Translations.text("authoring.lesson-details-form.minutes"));
    private final TextArea objectives = new TextArea(Translations.text("authoring.lesson-details-form.objectives-one-per-line"));
    private final TextArea glossary = new TextArea();
    private final Binder<Fields> binder = new Binder<>();

    LessonDetailsForm() {
        title.setHelperText(Translations.text("authoring.lesson-details-form.what-students-see-in"));
        level.setHelperText(Translations.text("authoring.lesson-details-form.e-g-ages-14"));
        title.setMaxLength(org.closeread.lesson.Lesson.TITLE_MAX_LENGTH);
        level.setMaxLength(org.closeread.lesson.Lesson.LEVEL_MAX_LENGTH);
        minutes.setMin(1);
        minutes.setStepButtonsVisible(true);
        binder.forField(title).asRequired(Translations.text("authoring.lesson-details-form.the-lesson-needs-a")).bind(f -> f.title, (f, v) -> f.title = v);
        binder.forField(level).bind(f -> f.level, (f, v) -> f.level = v);
        binder.forField(minutes).asRequired(Translations.text("authoring.lesson-details-form.how-long-does-the"))
                .withValidator(m -> m > 0, Translations.text("authoring.lesson-details-form.a-lesson-takes-at"))
                .bind(f -> f.minutes, (f, v) -> f.minutes = v);
        binder.forField(objectives).bind(f -> f.objectives, (f, v) -> f.objectives = v);
        glossary.setLabel(getTranslation("glossary.form.label"));
        glossary.setHelperText(getTranslation("glossary.form.helper"));
        binder.forField(glossary)
                .withValidator(Checks.of(GlossaryLines::problem))
                .bind(f -> f.glossary, (f, v) -> f.glossary = v);
        binder.setBean(new Fields());
        getContent().add(title, level, minutes, objectives, glossary);
        getContent().setColspan(glossary, 3);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("40em", 3));
        getContent().setColspan(title, 3);
        getContent().setColspan(objectives, 3);
    }

    void setValue(LessonDraft draft) {
        Fields f = new Fields();
        f.title = draft.title();
        f.level = draft.level();
        f.minutes = draft.minutes();
        f.objectives = String.join("\n", draft.objectives());
        f.glossary = GlossaryLines.format(draft.plan().glossary());
        binder.setBean(f);
    }

    boolean isValid() {
        return binder.validate().isOk();
    }

    String title() {
        return binder.getBean().title;
    }

    String level() {
        return binder.getBean().level;
    }

    int minutes() {
        return binder.getBean().minutes;
    }

    List<String> objectives() {
        return binder.getBean().objectives.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The glossary typed, keeping the other forms of the terms that stay. */
    List<GlossaryTerm> glossary(List<GlossaryTerm> before) {
        return GlossaryLines.parse(binder.getBean().glossary, before);
    }

    TextArea glossaryField() {
        return glossary;
    }

    TextField titleField() {
        return title;
    }
}
