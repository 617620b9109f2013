package org.closeread.authoring.ui;

import org.closeread.base.ui.Translations;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.closeread.article.TextSpan;
import org.closeread.authoring.Anchors;
import org.closeread.authoring.Draft;
import org.closeread.authoring.DraftAnnotation;
import org.closeread.authoring.DraftChange;
import org.closeread.authoring.DraftService;
import org.closeread.authoring.SuggestedAnnotation;
import org.closeread.base.ui.MainLayout;
import org.closeread.base.ui.component.SpanMarker;
import org.closeread.security.TeacherAccountService;

/**
 * Annotating the article: mark words (mouse, touch or keyboard), choose a lens, give its facts and an
 * explanation, save. The annotations are listed lens by lens; the analyser's suggestions can be
 * accepted or rejected; the preview shows them exactly as students will.
 */
@Route(value = "teacher/lessons/:slug/annotations", layout = MainLayout.class)
@PageTitle("Annotations — CloseRead")
@RolesAllowed(TeacherAccountService.TEACHER_ROLE)
class AnnotationEditorView extends Div implements BeforeEnterObserver {

    private final DraftService drafts;
    private final AnnotationForm form = new AnnotationForm(this::save, this::delete, this::clear);
    private final AnnotationList list = new AnnotationList(this::edit, this::delete);
    private EditorHeader header;
    private SuggestionsPanel suggestions;
    private SpanMarker marker;
    private Draft draft;
    private String editing;
    private TextSpan mark;

    AnnotationEditorView(DraftService drafts) {
        this.drafts = drafts;
        addClassNames("teacher-view", "editor-view", "annotation-editor");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        Optional<Draft> found = EditorHeader.open(drafts, slug, this);
        if (found.isEmpty()) {
            return;
        }
        draft = found.get();
        header = new EditorHeader(slug, EditorHeader.Section.ANNOTATIONS);
        header.show(draft);
        marker = Markers.over(draft.content().blocks(), Translations.text("authoring.annotations.marker"));
        marker.addMarksChangedListener(change -> {
            List<SpanMarker.Mark> marks = change.getMarks();
            Optional<SpanMarker.Mark> newest = Markers.newest(mark == null ? List.of()
                    : Markers.marks(List.of(mark)), marks);
            mark = newest.map(m -> new TextSpan(m.block(), m.start(), m.end())).orElse(null);
            if (marks.size() > 1) {
                marker.setMarks(newest.map(List::of).orElse(List.of()));
            }
            form.showMarked(mark == null ? "" : draft.content().toArticle().text(mark));
        });
        suggestions = new SuggestionsPanel(() -> drafts.suggestions(draft.slug()), this::accept, this::reject);
        Anchor preview = new Anchor("teacher/preview/" + slug, Translations.text("authoring.preview-as-student"));
        preview.addClassName("preview-link");
        Div text = new Div(marker);
        text.addClassName("editor-article");
        Div side = new Div(form, preview);
        side.addClassName("editor-side");
        Div body = new Div(text, side);
        body.addClassName("editor-body");
        add(header, body, new H2(Translations.text("authoring.annotation-editor-view.annotations-by-lens")), list, suggestions);
        clear();
        list.show(draft.content().annotations());
        showAnnotationsOnText();
    }

    /** The annotations already made, underlined in the text in their lens's colour, so none is made twice. */
    private void showAnnotationsOnText() {
        Map<SpanMarker.Mark, String> shown = new LinkedHashMap<>();
        for (DraftAnnotation annotation : draft.content().annotations()) {
            Anchors.find(draft.content().toArticle(), annotation.text(), annotation.occurrence())
                    .ifPresent(span -> shown.merge(new SpanMarker.Mark(span.block(), span.start(), span.end()),
                            "lens-" + annotation.lens().id(), (a, b) -> a));
        }
        marker.setShown(shown);
    }

    private void save(DraftAnnotation fields) {
        DraftChange change;
        if (mark != null) {
            change = drafts.annotate(draft.slug(), draft.version(), editing, mark, fields);
        } else if (editing != null) {
            change = drafts.saveAnnotation(draft.slug(), draft.version(), editing, fields);
        } else {
            form.setMessage(Translations.text("authoring.annotation-editor-view.mark-the-words-to"));
            return;
        }
        if (show(change)) {
            form.setMessage(Translations.text("authoring.annotation-editor-view.saved"));
        }
    }

    private void edit(DraftAnnotation annotation) {
        editing = annotation.id();
        form.edit(annotation);
        mark = Anchors.find(draft.content().toArticle(), annotation.text(), annotation.occurrence()).orElse(null);
        marker.setMarks(mark == null ? List.of() : Markers.marks(List.of(mark)));
        form.setMessage(mark == null ? Translations.text("authoring.annotations.lost") : "");
    }

    private void delete() {
        if (editing != null) {
            show(drafts.deleteAnnotation(draft.slug(), draft.version(), editing));
        }
    }

    private void delete(DraftAnnotation annotation) {
        show(drafts.deleteAnnotation(draft.slug(), draft.version(), annotation.id()));
    }

    private void accept(List<SuggestedAnnotation> accepted) {
        if (show(drafts.accept(draft.slug(), draft.version(), accepted))) {
            suggestions.refresh();
        }
    }

    private void reject(SuggestedAnnotation rejected) {
        if (show(drafts.reject(draft.slug(), draft.version(), rejected))) {
            suggestions.refresh();
        }
    }

    /** Shows the saved draft and clears the form; after a refused save, keeps the form as it is. */
    private boolean show(DraftChange change) {
        if (!header.after(change)) {
            return false;
        }
        draft = change.draft();
        list.show(draft.content().annotations());
        showAnnotationsOnText();
        clear();
        return true;
    }

    private void clear() {
        editing = null;
        mark = null;
        marker.setMarks(List.of());
        form.clear();
        form.setMessage("");
    }

    SpanMarker marker() {
        return marker;
    }

    AnnotationForm form() {
        return form;
    }

    SuggestionsPanel suggestions() {
        return suggestions;
    }

    EditorHeader header() {
        return header;
    }
}
