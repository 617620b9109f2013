package org.closeread.classroom.ui;

import org.closeread.base.ui.Translations;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.closeread.classroom.ScoreDistribution;

/**
 * The score distribution as a bar chart of plain elements: every bar has its range and its count as
 * text beside it, so the chart reads without colour, without a mouse and with a screen reader.
 */
class ScoreChart extends Div {

    @Tag("figure")
    private static final class Figure extends HtmlContainer {
    }

    @Tag("figcaption")
    private static final class Caption extends HtmlContainer {
    }

    ScoreChart(ScoreDistribution distribution) {
        Figure figure = new Figure();
        figure.addClassName("score-chart");
        Caption caption = new Caption();
        caption.setText(Translations.text("chart.caption", distribution.students()));
        UnorderedList bars = new UnorderedList();
        bars.addClassName("score-bars");
        for (ScoreDistribution.Bucket bucket : distribution.buckets()) {
            Span label = new Span(bucket.label());
            label.addClassName("score-bar-label");
            Div bar = new Div();
            bar.addClassName("score-bar");
            bar.getStyle().set("width", (100.0 * bucket.students() / distribution.largest()) + "%");
            bar.getElement().setAttribute("aria-hidden", "true");
            Div track = new Div(bar);
            track.addClassName("score-bar-track");
            Span count = new Span(Translations.text("students", bucket.students()));
            count.addClassName("score-bar-count");
            ListItem item = new ListItem(label, track, count);
            item.getElement().setAttribute("data-range", bucket.label());
            bars.add(item);
        }
        figure.add(caption, bars);
        add(figure);
    }
}
