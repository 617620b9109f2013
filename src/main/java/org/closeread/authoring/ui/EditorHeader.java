package org.closeread.authoring.ui;

import org.closeread.base.ui.Translations;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Optional;
import org.closeread.authoring.Draft;
import org.closeread.authoring.DraftChange;
import org.closeread.authoring.DraftService;

/**
 * The top of every editor page: the lesson's title and status, the editor's sections, and the place
 * where a refused save is explained (the form below keeps what the teacher typed).
 */
class EditorHeader extends Composite<Div> {

    enum Section {
        ARTICLE("article", "Article"), ANNOTATIONS("annotations", "Annotations"), STEPS("steps", "Steps"),
        QUESTIONS("questions", "Exercises and quiz"), PUBLISH("publish", "Preview and publish");

        final String path;
        final String label;

        Section(String path, String label) {
            this.path = path;
            this.label = label;
        }
    }

    private final H1 title = new H1();
    private final Paragraph status = new Paragraph();
    private final Paragraph notice = new Paragraph();

    EditorHeader(String slug, Section current) {
        Div root = getContent();
        root.addClassName("editor-header");
        Anchor back = new Anchor("teacher", Translations.text("authoring.back-to-lessons"));
        back.addClassName("back-link");
        Nav sections = new Nav();
        sections.addClassName("editor-sections");
        sections.getElement().setAttribute("aria-label", Translations.text("authoring.editor"));
        for (Section section : Section.values()) {
            Anchor link = new Anchor(path(slug, section), section.label);
            if (section == current) {
                link.getElement().setAttribute("aria-current", "page");
            }
            sections.add(link);
        }
        status.addClassName("editor-status");
        notice.addClassName("editor-notice");
        notice.getElement().setAttribute("role", "alert");
        notice.setVisible(false);
        root.add(back, title, status, sections, notice);
    }

    /** Clears an editor view and opens the draft it edits; says "Lesson not found" when there is none. */
    static Optional<Draft> open(DraftService drafts, String slug, HasComponents view) {
        view.removeAll();
        Optional<Draft> found = drafts.open(slug);
        if (found.isEmpty()) {
            view.add(new H1(Translations.text("authoring.editor-header.lesson-not-found")));
        }
        return found;
    }

    static String path(String slug, Section section) {
        return "teacher/lessons/" + slug + "/" + section.path;
    }

    void show(Draft draft) {
        title.setText(draft.content().title().isEmpty() ? draft.slug() : draft.content().title());
        status.setText(draft.updatedBy() == null ? Translations.text(draft.status().key())
                : Translations.text("authoring.status.saved-by", Translations.text(draft.status().key()), draft.updatedBy()));
    }

    /**
     * After a save: the new state, or why nothing was saved. Returns whether it was saved, so the view
     * clears its form only then.
     */
    boolean after(DraftChange change) {
        if (change.saved()) {
            notice.setVisible(false);
            show(change.draft());
            return true;
        }
        showConflict();
        return false;
    }

    void showConflict() {
        notice.setText(Translations.text(DraftChange.CONFLICT));
        notice.setVisible(true);
        Notification notification = Notification.show(Translations.text(DraftChange.CONFLICT), 10_000,
                Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    String notice() {
        return notice.isVisible() ? notice.getText() : "";
    }
}
