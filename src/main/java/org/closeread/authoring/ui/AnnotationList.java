package org.closeread.authoring.ui;

import org.closeread.base.ui.Translations;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.function.Consumer;
import org.closeread.article.Lens;
import org.closeread.base.SafeMarkdown;
import org.closeread.authoring.DraftAnnotation;

/** The lesson's annotations, lens by lens, each with its words, its explanation and the ways to change it. */
class AnnotationList extends Composite<Div> {

    private final Consumer<DraftAnnotation> onEdit;
    private final Consumer<DraftAnnotation> onDelete;

    AnnotationList(Consumer<DraftAnnotation> onEdit, Consumer<DraftAnnotation> onDelete) {
        this.onEdit = onEdit;
        this.onDelete = onDelete;
        getContent().addClassName("annotation-list");
    }

    void show(List<DraftAnnotation> annotations) {
        Div root = getContent();
        root.removeAll();
        if (annotations.isEmpty()) {
            root.add(new Paragraph(Translations.text("authoring.annotation-list.no-annotations-yet-mark")));
        }
        for (Lens lens : Lens.values()) {
            List<DraftAnnotation> ofLens = annotations.stream().filter(a -> a.lens() == lens).toList();
            if (ofLens.isEmpty()) {
                continue;
            }
            H3 heading = new H3(Translations.text("authoring.count", Translations.text(lens.nameKey()), ofLens.size()));
            heading.getElement().setAttribute("data-lens", lens.id());
            UnorderedList list = new UnorderedList();
            for (DraftAnnotation annotation : ofLens) {
                Span words = new Span(annotation.occurrence() > 0 ? Translations.text("authoring.annotation.words.occurrence", annotation.text(), annotation.occurrence())
                        : Translations.text("authoring.annotation.words", annotation.text()));
                words.addClassName("annotation-words");
                // As students will read it: Markdown made safe, not raw **asterisks**.
                Html explanation = new Html(SafeMarkdown.toHtml(annotation.explanation()));
                explanation.addClassName("annotation-explanation");
                Button edit = new Button(Translations.text("authoring.annotation-list.edit"), click -> onEdit.accept(annotation));
                edit.getElement().setAttribute("aria-label", Translations.text("authoring.annotation.edit", annotation.id()));
                Button delete = new Button(Translations.text("authoring.annotation-list.delete"), click -> onDelete.accept(annotation));
                delete.getElement().setAttribute("aria-label", Translations.text("authoring.annotation.delete", annotation.id()));
                delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                ListItem item = new ListItem(words, explanation, new Div(edit, delete));
                item.getElement().setAttribute("data-annotation", annotation.id());
                list.add(item);
            }
            root.add(heading, list);
        }
    }
}
