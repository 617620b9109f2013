package org.closeread.authoring.ui;

import org.closeread.base.ui.Translations;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.closeread.article.Lens;
import org.closeread.authoring.SuggestedAnnotation;

/**
 * The analyser's suggestions, lens by lens: each with its words, the facts found and why it was
 * suggested; accept one, reject one, or accept all of a lens. Accepted ones become annotations to edit.
 */
class SuggestionsPanel extends Composite<Div> {

    private final Supplier<List<SuggestedAnnotation>> load;
    private final Consumer<List<SuggestedAnnotation>> onAccept;
    private final Consumer<SuggestedAnnotation> onReject;
    private final Div list = new Div();
    private final Button suggest = new Button(Translations.text("authoring.suggestions-panel.suggest-annotations"));

    SuggestionsPanel(Supplier<List<SuggestedAnnotation>> load, Consumer<List<SuggestedAnnotation>> onAccept,
                     Consumer<SuggestedAnnotation> onReject) {
        this.load = load;
        this.onAccept = onAccept;
        this.onReject = onReject;
        Div root = getContent();
        root.addClassName("suggestions-panel");
        suggest.addClickListener(click -> refresh());
        suggest.setDisableOnClick(true);
        list.getElement().setAttribute("aria-live", "polite");
        root.add(new H2(Translations.text("authoring.suggestions-panel.suggestions")), new Paragraph(Translations.text("authoring.suggestions.intro")),
                suggest, list);
    }

    /** Asks for the suggestions again (after a change, accepted or rejected ones are gone). */
    void refresh() {
        suggest.setEnabled(true);
        list.removeAll();
        List<SuggestedAnnotation> suggestions = load.get();
        if (suggestions.isEmpty()) {
            list.add(new Paragraph(Translations.text("authoring.suggestions-panel.no-suggestions-left-everything")));
            return;
        }
        var byLens = suggestions.stream().collect(Collectors.groupingBy(SuggestedAnnotation::lens));
        for (Lens lens : Lens.values()) {
            List<SuggestedAnnotation> ofLens = byLens.getOrDefault(lens, List.of());
            if (ofLens.isEmpty()) {
                continue;
            }
            Button acceptAll = new Button(Translations.text("authoring.suggestions.accept-all", ofLens.size(), Translations.text(lens.nameKey()).toLowerCase()),
                    click -> onAccept.accept(ofLens));
            acceptAll.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Div head = new Div(new H3(Translations.text("authoring.count", Translations.text(lens.nameKey()), ofLens.size())), acceptAll);
            head.addClassName("suggestion-lens");
            UnorderedList items = new UnorderedList();
            ofLens.forEach(s -> items.add(item(s)));
            list.add(head, items);
        }
    }

    private ListItem item(SuggestedAnnotation suggestion) {
        Span words = new Span("“" + suggestion.text() + "”");
        words.addClassName("annotation-words");
        Paragraph facts = new Paragraph(suggestion.facts().entrySet().stream()
                .map(e -> suggestion.lens().fact(e.getKey()).map(f -> Translations.text(f.labelKey())).orElse(e.getKey()) + ": "
                        + e.getValue()).collect(Collectors.joining(" · ")));
        facts.addClassName("suggestion-facts");
        Paragraph reason = new Paragraph(Translations.text("authoring.suggestions.why", suggestion.reason()));
        reason.addClassName("suggestion-reason");
        Button accept = new Button(Translations.text("authoring.suggestions-panel.accept"), click -> onAccept.accept(List.of(suggestion)));
        accept.addThemeVariants(ButtonVariant.LUMO_SMALL);
        accept.getElement().setAttribute("aria-label", Translations.text("authoring.suggestions.accept", suggestion.text()));
        Button reject = new Button(Translations.text("authoring.suggestions-panel.reject"), click -> onReject.accept(suggestion));
        reject.getElement().setAttribute("aria-label", Translations.text("authoring.suggestions.reject", suggestion.text()));
        reject.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        ListItem item = new ListItem(words, facts, reason, new Div(accept, reject));
        item.getElement().setAttribute("data-suggestion", suggestion.key());
        return item;
    }

    Button suggestButton() {
        return suggest;
    }

    Div list() {
        return list;
    }
}
