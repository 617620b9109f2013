package org.closeread.lesson.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.util.Map;
import org.closeread.article.Annotation;
import org.closeread.article.Lens;
import org.closeread.base.SafeMarkdown;

/**
 * The explanation of one highlight: its lens, the words it marks, what it teaches and its facts.
 * A side panel on wide screens, a drawer from the bottom on narrow ones (the stylesheet decides).
 */
class ExplanationPanel extends Composite<Aside> {

    private final H2 heading = new H2();
    private final Div body = new Div();
    private final Button close = new Button("Close", click -> close());
    private Runnable onClose = () -> { };
    private Annotation shown;

    ExplanationPanel() {
        Aside aside = getContent();
        aside.addClassName("explanation-panel");
        aside.setId("explanation");
        aside.getElement().setAttribute("aria-labelledby", "explanation-heading");
        aside.getElement().setAttribute("aria-live", "polite");
        heading.setId("explanation-heading");
        heading.getElement().setAttribute("tabindex", "-1");
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        close.addClassName("explanation-close");
        aside.add(heading, body, close);
        close();
    }

    void onClose(Runnable listener) {
        onClose = listener;
    }

    void show(Annotation annotation) {
        shown = annotation;
        Lens lens = annotation.lens();
        getContent().getElement().setAttribute("data-lens", lens.id());
        getContent().removeClassName("is-empty");
        getContent().addClassName("is-open");
        heading.setText(lens.label());
        body.removeAll();
        Paragraph quoted = new Paragraph(annotation.quote().exact());
        quoted.addClassName("explanation-quote");
        body.add(quoted, new Html(SafeMarkdown.toHtml(annotation.explanation())), facts(annotation));
        close.setVisible(true);
        heading.getElement().callJsFunction("focus");
    }

    void close() {
        boolean wasOpen = shown != null;
        shown = null;
        getContent().removeClassName("is-open");
        getContent().addClassName("is-empty");
        heading.setText("Explanations");
        body.removeAll();
        body.add(new Paragraph("Choose a highlight in the article to read what it shows. "
                + "With the keyboard: Tab to a marker and press Enter."));
        close.setVisible(false);
        if (wasOpen) {
            onClose.run();
        }
    }

    Annotation shown() {
        return shown;
    }

    private static Div facts(Annotation annotation) {
        Div facts = new Div();
        Element list = new Element("dl");
        list.getClassList().add("facts");
        for (Map.Entry<String, String> fact : annotation.facts().entrySet()) {
            String label = annotation.lens().fact(fact.getKey()).map(Lens.Fact::label).orElse(fact.getKey());
            list.appendChild(new Element("dt").setText(label), new Element("dd").setText(fact.getValue()));
        }
        facts.getElement().appendChild(list);
        if (annotation.facts().isEmpty()) {
            facts.add(new Span());
        }
        return facts;
    }
}
