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

/** Reads the article as the browser gets it (each block's HTML) and clicks in it, for browserless tests. */
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
}
