package org.closeread.lesson.ui;

import static com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.dom.DomEvent;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the guided reading's plain-HTML parts as the browser gets them (each block of the article, the lens
 * list) and acts in them as the browser reports it, for browserless tests.
 */
final class ArticlePage {

    private ArticlePage() {
    }

    /** Every element of the article's blocks that matches the CSS selector, in reading order. */
    static List<Element> select(ArticleText article, String cssQuery) {
        List<Element> found = new ArrayList<>();
        collect(article.getElement(), cssQuery, found);
        return found;
    }

    private static void collect(com.vaadin.flow.dom.Element element, String cssQuery, List<Element> found) {
        if (element.hasProperty("innerHTML")) {
            found.addAll(Jsoup.parseBodyFragment(element.getProperty("innerHTML", "")).body().select(cssQuery));
        }
        element.getChildren().forEach(child -> collect(child, cssQuery, found));
    }

    /** The markers shown, each a {@code button.hl-marker}. */
    static List<Element> markers(ArticleText article) {
        return select(article, "button.hl-marker");
    }

    /** Clicks the marker of this annotation as the browser reports it: a click on the article. */
    static void clickMarker(ArticleText article, String annotationId) {
        assertThat(select(article, "button.hl-marker[data-annotation=" + annotationId + "]"))
                .as("a marker for " + annotationId).hasSize(1);
        ObjectNode data = JsonMapper.builder().build().createObjectNode();
        data.put(ArticleText.CLICKED_ANNOTATION, annotationId);
        _fireDomEvent(article.getElement(), new DomEvent(article.getElement(), "click", data));
    }

    /** Ticks or unticks a lens's checkbox as the browser reports it: a change event on the lens list. */
    static void tickLens(LensFilter filter, org.closeread.article.Lens lens, boolean ticked) {
        assertThat(lensBoxes(filter).select("input#lens-" + lens.id())).as("a checkbox for " + lens).hasSize(1);
        ObjectNode data = JsonMapper.builder().build().createObjectNode();
        data.put(LensFilter.CHANGED_LENS, lens.id());
        data.put(LensFilter.CHANGED_CHECKED, ticked);
        _fireDomEvent(filter.getElement(), new DomEvent(filter.getElement(), "change", data));
    }

    /** The lens list's checkboxes as last drawn. */
    static org.jsoup.select.Elements lensBoxes(LensFilter filter) {
        return Jsoup.parseBodyFragment(filter.getElement().getProperty("innerHTML", "")).body()
                .select("input[type=checkbox][data-lens]");
    }
}
