package org.closeread.base.ui.component;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Objects;

/**
 * A small bar chart of percentages made of plain elements and our stylesheet: each bar has its label and
 * its value as text beside it, so it reads without colour, without a mouse and with a screen reader (the
 * bar itself is hidden from assistive technology).
 */
public class SkillBars extends Div {

    /** One bar: a key for styling and tests ({@code data-key}), its label, 0–100 and the value as text. */
    public record Bar(String key, String label, int percent, String value) {
        public Bar {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
            percent = Math.max(0, Math.min(100, percent));
        }
    }

    @Tag("figure")
    private static final class Figure extends HtmlContainer {
    }

    @Tag("figcaption")
    private static final class Caption extends HtmlContainer {
    }

    public SkillBars(String caption, List<Bar> bars) {
        addClassName("skill-chart-box");
        Figure figure = new Figure();
        figure.addClassName("skill-chart");
        Caption text = new Caption();
        text.setText(caption);
        UnorderedList list = new UnorderedList();
        list.addClassName("skill-bars");
        for (Bar bar : bars) {
            Span label = new Span(bar.label());
            label.addClassName("skill-label");
            Div fill = new Div();
            fill.addClassNames("skill-bar", "skill-bar-" + bar.key());
            fill.getStyle().set("width", bar.percent() + "%");
            Div track = new Div(fill);
            track.addClassName("skill-track");
            track.getElement().setAttribute("aria-hidden", "true");
            Span value = new Span(bar.value());
            value.addClassName("skill-value");
            ListItem item = new ListItem(label, track, value);
            item.getElement().setAttribute("data-key", bar.key());
            list.add(item);
        }
        figure.add(text, list);
        add(figure);
    }
}
