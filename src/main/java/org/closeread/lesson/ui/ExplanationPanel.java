package org.closeread.lesson.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
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
import org.closeread.base.ui.Translations;

/**
 * The explanation of one highlight: its lens, the words it marks, what it teaches and its facts.
 * A side panel on wide screens, a drawer from the bottom on narrow ones (the stylesheet decides).
 */
class ExplanationPanel extends Composite<Aside> {

    private final H2 heading = new H2();
    private final Div body = new Div();
    private final Button close = new Button(getTranslation("explanation.close"), click -> closeByUser());
    private Runnable onClose = () -> { };
    private Annotation shown;
    private GlossaryMarks glossary = GlossaryMarks.NONE;
    private final ReadAloud readAloud = new ReadAloud("#explanation .explanation-body");

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
        body.addClassName("explanation-body");
        aside.add(heading, readAloud, body, close);
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
        heading.setText(Translations.text(lens.nameKey()));
        body.removeAll();
        Paragraph quoted = new Paragraph(annotation.quote().exact());
        quoted.addClassName("explanation-quote");
        body.add(quoted, new Html(glossary.html(SafeMarkdown.toHtml(annotation.explanation()))), facts(annotation));
        readAloud.setVisible(true);
        close.setVisible(true);
        // Side panel (wide screens): scroll the panel, not the page, to the explanation; the page only as
        // little as needed to show it whole. Drawer (narrow screens): from its top. Then focus the heading.
        getContent().getElement().executeJs("""
                const panel = this;
                const side = panel.closest('.lesson-side');
                if (side && getComputedStyle(side).display !== 'contents' && getComputedStyle(panel).position !== 'fixed') {
                  side.scrollTop += panel.getBoundingClientRect().top - side.getBoundingClientRect().top;
                  const r = panel.getBoundingClientRect();
                  const over = Math.min(r.bottom - window.innerHeight, r.top - 8);
                  if (over > 0) window.scrollBy(0, over);
                } else {
                  panel.scrollTop = 0;
                }
                panel.querySelector('#explanation-heading').focus({preventScroll: true});
                """);
    }

    /** Escape anywhere in {@code scope} closes an open explanation, as its Close button does. */
    void closeOnEscape(Component scope) {
        Shortcuts.addShortcutListener(scope, () -> {
            if (shown != null) {
                closeByUser();
            }
        }, Key.ESCAPE).listenOn(scope).allowBrowserDefault();
    }

    /** Closed by the reader (Close or Escape): the focus goes back to the marker of the highlight. */
    private void closeByUser() {
        Annotation was = shown;
        close();
        if (was != null) {
            getContent().getElement().executeJs(
                    "const m = document.querySelector('.article-page .hl-marker[data-annotation=\"' + CSS.escape($0) + '\"]');"
                    + " if (m) m.focus({preventScroll: false});", was.id());
        }
    }

    void close() {
        boolean wasOpen = shown != null;
        shown = null;
        getContent().removeClassName("is-open");
        getContent().addClassName("is-empty");
        heading.setText(getTranslation("explanation.empty.heading"));
        body.removeAll();
        body.add(new Paragraph(getTranslation("explanation.empty.text")));
        close.setVisible(false);
        readAloud.setVisible(false);
        if (wasOpen) {
            onClose.run();
        }
    }

    /** Marks these glossary terms in the explanations shown from now on. */
    void setGlossary(GlossaryMarks marks) {
        glossary = marks;
    }

    Annotation shown() {
        return shown;
    }

    private static Div facts(Annotation annotation) {
        Div facts = new Div();
        Element list = new Element("dl");
        list.getClassList().add("facts");
        for (Map.Entry<String, String> fact : annotation.facts().entrySet()) {
            String label = annotation.lens().fact(fact.getKey()).map(f -> Translations.text(f.labelKey())).orElse(fact.getKey());
            list.appendChild(new Element("dt").setText(label), new Element("dd").setText(fact.getValue()));
        }
        facts.getElement().appendChild(list);
        if (annotation.facts().isEmpty()) {
            facts.add(new Span());
        }
        return facts;
    }
}
