package org.closeread.authoring.ui;

import org.closeread.base.ui.Translations;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.closeread.authoring.Draft;
import org.closeread.authoring.DraftChange;
import org.closeread.authoring.DraftService;
import org.closeread.authoring.DraftStep;
import org.closeread.base.ui.MainLayout;
import org.closeread.security.TeacherAccountService;

/** The steps of the guided reading, in order: add, edit, move and delete them. */
@Route(value = "teacher/lessons/:slug/steps", layout = MainLayout.class)
@PageTitle("Steps — CloseRead")
@RolesAllowed(TeacherAccountService.TEACHER_ROLE)
class StepsEditorView extends Div implements BeforeEnterObserver {

    private final DraftService drafts;
    private final StepForm form = new StepForm(this::save, () -> edit(null));
    private final OrderedList list = new OrderedList();
    private EditorHeader header;
    private Draft draft;
    private String editing;

    StepsEditorView(DraftService drafts) {
        this.drafts = drafts;
        addClassNames("teacher-view", "editor-view");
        list.addClassName("step-list");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        Optional<Draft> found = EditorHeader.open(drafts, slug, this);
        if (found.isEmpty()) {
            return;
        }
        draft = found.get();
        header = new EditorHeader(slug, EditorHeader.Section.STEPS);
        header.show(draft);
        Paragraph hint = new Paragraph(Translations.text("authoring.steps.hint"));
        hint.addClassName("editor-hint");
        add(header, hint, list, form);
        showSteps();
    }

    private void showSteps() {
        list.removeAll();
        for (DraftStep step : draft.content().steps()) {
            Span title = new Span(step.title());
            title.addClassName("step-list-title");
            Span about = new Span(Translations.text("steps.about", Translations.text(step.lens().nameKey()), step.reveal().size(),
                    step.exercises().size()));
            about.addClassName("step-list-about");
            Button up = new Button(Translations.text("authoring.steps-editor-view.move-up"), click -> show(drafts.moveStep(draft.slug(), draft.version(), step.id(), -1)));
            Button down = new Button(Translations.text("authoring.steps-editor-view.move-down"),
                    click -> show(drafts.moveStep(draft.slug(), draft.version(), step.id(), 1)));
            Button edit = new Button(Translations.text("authoring.steps-editor-view.edit"), click -> edit(step));
            Button delete = new Button(Translations.text("authoring.steps-editor-view.delete"), click -> show(drafts.deleteStep(draft.slug(), draft.version(),
                    step.id())));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            for (Button button : new Button[] {up, down, edit, delete}) {
                button.addThemeVariants(ButtonVariant.LUMO_SMALL);
                button.getElement().setAttribute("aria-label", button.getText() + ": " + step.title());
            }
            ListItem item = new ListItem(title, about, new Div(up, down, edit, delete));
            item.getElement().setAttribute("data-step", step.id());
            list.add(item);
        }
        form.setAnnotations(draft.content().annotations());
    }

    private void edit(DraftStep step) {
        editing = step == null ? null : step.id();
        form.show(step);
    }

    private void save(DraftStep step) {
        if (show(drafts.saveStep(draft.slug(), draft.version(), editing, step))) {
            edit(null);
        }
    }

    private boolean show(DraftChange change) {
        if (!header.after(change)) {
            return false;
        }
        draft = change.draft();
        showSteps();
        return true;
    }

    StepForm form() {
        return form;
    }

    OrderedList list() {
        return list;
    }

    EditorHeader header() {
        return header;
    }
}
