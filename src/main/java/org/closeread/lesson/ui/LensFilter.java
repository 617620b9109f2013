package org.closeread.lesson.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.closeread.article.Lens;
import org.closeread.base.ui.Translations;

/**
 * The legend and the lens toggles in one: each lens with its colour swatch, marker and underline
 * style, and a checkbox that shows or hides its highlights.
 */
class LensFilter extends Composite<Div> {

    /** The element's id; on narrow screens the step bar's "Lenses" button opens it as a popover. */
    static final String ID = "lens-filter";

    private final Map<Lens, Checkbox> toggles = new EnumMap<>(Lens.class);
    private final Map<Lens, Span> notes = new EnumMap<>(Lens.class);
    private Runnable onChange = () -> { };
    private boolean quiet;

    LensFilter(List<Lens> lenses) {
        Div root = getContent();
        root.addClassName("lens-filter");
        root.setId(ID);
        root.getElement().setAttribute("popover", "auto");
        root.getElement().setAttribute("role", "group");
        root.getElement().setAttribute("aria-labelledby", "lens-filter-heading");
        H2 heading = new H2(getTranslation("lenses.heading"));
        heading.setId("lens-filter-heading");
        root.add(heading);
        for (Lens lens : lenses) {
            Checkbox toggle = new Checkbox();
            Span swatch = new Span();
            swatch.addClassNames("lens-swatch", "hl", "hl-" + lens.id());
            swatch.setText(Translations.text(lens.nameKey()));
            toggle.setLabelComponent(swatch);
            toggle.addClassName("lens-toggle");
            toggle.setId("lens-" + lens.id());
            toggle.addValueChangeListener(change -> {
                if (!quiet) {
                    onChange.run();
                }
            });
            toggles.put(lens, toggle);
            Span question = new Span(Translations.text(lens.questionKey()));
            question.addClassName("lens-question");
            Span note = new Span();
            note.addClassName("lens-note");
            note.getElement().setAttribute("role", "status");
            notes.put(lens, note);
            Div row = new Div(toggle, question, note);
            row.addClassName("lens-row");
            root.add(row);
        }
    }

    void onChange(Runnable listener) {
        onChange = listener;
    }

    Set<Lens> shown() {
        Set<Lens> shown = EnumSet.noneOf(Lens.class);
        toggles.forEach((lens, toggle) -> {
            if (toggle.getValue()) {
                shown.add(lens);
            }
        });
        return shown;
    }

    /** Shows exactly these lenses, without announcing each change. */
    void showOnly(Set<Lens> lenses) {
        quiet = true;
        toggles.forEach((lens, toggle) -> toggle.setValue(lenses.contains(lens)));
        quiet = false;
    }

    /** Says why a lens that is switched on shows nothing (empty: it shows something). */
    void note(Lens lens, String text) {
        Span note = notes.get(lens);
        if (note != null && !note.getText().equals(text)) {
            note.setText(text);
        }
    }

    String note(Lens lens) {
        return notes.containsKey(lens) ? notes.get(lens).getText() : "";
    }

    Checkbox toggle(Lens lens) {
        return toggles.get(lens);
    }
}
