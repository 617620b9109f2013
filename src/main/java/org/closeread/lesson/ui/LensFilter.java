package org.closeread.lesson.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.DomEvent;
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
 *
 * <p>Plain HTML in one element (native checkboxes, one {@code change} listener on the whole list) rather
 * than a Vaadin checkbox per lens: the same on the screen, a fraction of the bytes and the session state.
 * The server keeps which lenses are shown and the notes; the list is drawn again when the server changes
 * them (a new step), and a student's own tick changes only the note beside it, so the focus stays put.
 */
class LensFilter extends Composite<Div> {

    /** The element's id; on narrow screens the step bar's "Lenses" button opens it as a popover. */
    static final String ID = "lens-filter";
    /** The event data: the lens of the checkbox that changed, and whether it is ticked now. */
    static final String CHANGED_LENS = "event.target.dataset.lens";
    static final String CHANGED_CHECKED = "event.target.checked";

    private final List<Lens> lenses;
    private final Set<Lens> shown = EnumSet.noneOf(Lens.class);
    private final Map<Lens, String> notes = new EnumMap<>(Lens.class);
    /** What the browser shows now: the ticks and the notes. */
    private final Set<Lens> browserShown = EnumSet.noneOf(Lens.class);
    private final Map<Lens, String> browserNotes = new EnumMap<>(Lens.class);
    /** The element's content is older than what the browser shows (notes and ticks changed in place). */
    private boolean contentBehind;
    private boolean flushPlanned;
    private Runnable onChange = () -> { };

    LensFilter(List<Lens> lenses) {
        this.lenses = List.copyOf(lenses);
        Div root = getContent();
        root.addClassName("lens-filter");
        root.setId(ID);
        root.getElement().setAttribute("popover", "auto");
        root.getElement().setAttribute("role", "group");
        root.getElement().setAttribute("aria-labelledby", "lens-filter-heading");
        root.getElement().addEventListener("change", this::changed)
                .addEventData(CHANGED_LENS).addEventData(CHANGED_CHECKED);
        // Attached again (the whole state goes to the browser then): the content must be what it shows.
        addAttachListener(attach -> {
            if (contentBehind) {
                draw();
            }
        });
        draw();
    }

    private void changed(DomEvent event) {
        var data = event.getEventData();
        String id = data.path(CHANGED_LENS).stringValue("");
        Lens lens = lenses.stream().filter(l -> l.id().equals(id)).findFirst().orElse(null);
        if (lens == null) {
            return;   // not one of this lesson's lenses: nothing to change
        }
        boolean ticked = data.path(CHANGED_CHECKED).asBoolean(false);
        // The student's tick is already on the screen.
        setShown(browserShown, lens, ticked);
        setShown(shown, lens, ticked);
        contentBehind = true;
        onChange.run();   // sets the notes; a changed note plans the flush
    }

    private static void setShown(Set<Lens> set, Lens lens, boolean ticked) {
        if (ticked) {
            set.add(lens);
        } else {
            set.remove(lens);
        }
    }

    void onChange(Runnable listener) {
        onChange = listener;
    }

    Set<Lens> shown() {
        return EnumSet.copyOf(shown);
    }

    /** Shows exactly these lenses, without announcing each change. */
    void showOnly(Set<Lens> lensesToShow) {
        shown.clear();
        lenses.stream().filter(lensesToShow::contains).forEach(shown::add);
        planFlush();
    }

    /** Says why a lens that is switched on shows nothing (empty: it shows something). */
    void note(Lens lens, String text) {
        if (lenses.contains(lens) && !text.equals(note(lens))) {
            notes.put(lens, text);
            planFlush();
        }
    }

    String note(Lens lens) {
        return notes.getOrDefault(lens, "");
    }

    /** Whether the browser shows this lens ticked (what the server last drew or the student ticked). */
    boolean ticked(Lens lens) {
        return browserShown.contains(lens);
    }

    /** Once per round trip, before the response: whatever changed goes to the browser in one piece. */
    private void planFlush() {
        if (flushPlanned) {
            return;
        }
        flushPlanned = true;
        getElement().getNode().runWhenAttached(ui -> ui.beforeClientResponse(this, context -> flush()));
    }

    void flush() {
        flushPlanned = false;
        if (!shown.equals(browserShown)) {
            draw();   // the server changed the ticks (a new step): draw the list again
            return;
        }
        for (Lens lens : lenses) {
            String now = note(lens);
            if (!now.equals(browserNotes.getOrDefault(lens, ""))) {
                getElement().executeJs("const n = this.querySelector('#lens-note-' + $0); if (n) n.textContent = $1;",
                        lens.id(), now);
                browserNotes.put(lens, now);
                contentBehind = true;
            }
        }
    }

    private void draw() {
        getElement().setProperty("innerHTML", html());
        browserShown.clear();
        browserShown.addAll(shown);
        browserNotes.clear();
        browserNotes.putAll(notes);
        contentBehind = false;
    }

    private String html() {
        StringBuilder html = new StringBuilder("<h2 id=\"lens-filter-heading\">")
                .append(GlossaryMarks.escape(getTranslation("lenses.heading"))).append("</h2>");
        for (Lens lens : lenses) {
            String id = lens.id();
            html.append("<div class=\"lens-row\"><label class=\"lens-toggle\"><input type=\"checkbox\" id=\"lens-")
                    .append(id).append("\" data-lens=\"").append(id).append('"')
                    .append(shown.contains(lens) ? " checked" : "")
                    .append(" aria-describedby=\"lens-question-").append(id).append(" lens-note-").append(id).append("\">")
                    .append("<span class=\"lens-swatch hl hl-").append(id).append("\">")
                    .append(GlossaryMarks.escape(Translations.text(lens.nameKey()))).append("</span></label>")
                    .append("<span class=\"lens-question\" id=\"lens-question-").append(id).append("\">")
                    .append(GlossaryMarks.escape(Translations.text(lens.questionKey()))).append("</span>")
                    .append("<span class=\"lens-note\" role=\"status\" id=\"lens-note-").append(id)
                    .append("\">")
                    .append(GlossaryMarks.escape(notes.getOrDefault(lens, ""))).append("</span></div>");
        }
        return html.toString();
    }
}
