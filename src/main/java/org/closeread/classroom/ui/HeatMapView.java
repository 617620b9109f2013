package org.closeread.classroom.ui;

import org.closeread.base.ui.Translations;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.closeread.classroom.HeatMap;

/**
 * A highlight question's heat map over the article text, to discuss with the class: the more students
 * marked a word, the darker it is, and the number after it says how many; words of the key are
 * underlined. A summary and the most wrongly marked words are given as text too.
 */
class HeatMapView extends Div {

    HeatMapView(HeatMap heat) {
        addClassName("heat-map");
        getElement().setAttribute("data-question", heat.questionId());
        int n = heat.students();
        Paragraph summary = new Paragraph(Translations.text("heat.summary", n, heat.hits(), heat.misses(), heat.falseMarks()));
        summary.addClassName("heat-summary");
        Paragraph legend = new Paragraph(Translations.text("heat.legend"));
        legend.addClassName("heat-legend");
        add(summary, legend);
        for (HeatMap.HeatBlock block : heat.blocks()) {
            Paragraph text = new Paragraph();
            text.addClassName("heat-block");
            int at = 0;
            for (HeatMap.WordHeat word : block.words()) {
                if (word.start() > at) {
                    text.add(new Text(block.text().substring(at, word.start())));
                }
                text.add(word(word, n));
                at = word.end();
            }
            if (at < block.text().length()) {
                text.add(new Text(block.text().substring(at)));
            }
            add(text);
        }
        if (!heat.mostFalselyMarked(5).isEmpty()) {
            StringBuilder wrong = new StringBuilder(Translations.text("heat.most-false") + " ");
            heat.mostFalselyMarked(5).forEach(w -> wrong.append("“").append(w.text()).append("” (")
                    .append(w.marked()).append("), "));
            Paragraph discuss = new Paragraph(wrong.substring(0, wrong.length() - 2) + ".");
            discuss.addClassName("heat-discuss");
            add(discuss);
        }
    }

    private static Span word(HeatMap.WordHeat word, int students) {
        Span span = new Span(word.text());
        span.addClassNames("heat-word", "heat-level-" + word.level(students));
        if (word.key()) {
            span.addClassName("heat-key");
        }
        span.getElement().setAttribute("data-marked", String.valueOf(word.marked()));
        span.getElement().setAttribute("title", Translations.text(word.key() ? "heat.word.key" : "heat.word", word.marked(), students));
        if (word.marked() > 0) {
            Span said = new Span(Translations.text("classroom.heat-map-view.marked-by"));
            said.addClassName("visually-hidden");
            Span count = new Span(String.valueOf(word.marked()));
            count.addClassName("heat-count");
            span.add(said, count);
        }
        return span;
    }
}
