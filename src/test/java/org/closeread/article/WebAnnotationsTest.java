package org.closeread.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebAnnotationsTest {

    @Test
    @SuppressWarnings("unchecked")
    void each_annotation_has_lens_tag_explanation_facts_and_both_selectors() {
        Article article = ArticleTest.article("Headline", "Dong was quoted by the TASS news agency as saying.");
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("source", "TASS");
        facts.put("sourceType", "state media");
        TextSpan span = new TextSpan(1, 23, 27);
        article = article.withAnnotations(List.of(new Annotation("tass", Lens.SOURCE, span,
                TextQuote.of(article.block(1), span), "Russian state media relayed it.", facts)));

        Map<String, Object> collection = WebAnnotations.collection(article, "http://x/a", "http://x/t");

        assertThat(collection).containsEntry("@context", "http://www.w3.org/ns/anno.jsonld")
                .containsEntry("type", "AnnotationCollection").containsEntry("total", 1);
        Map<String, Object> page = (Map<String, Object>) collection.get("first");
        assertThat(page).containsEntry("type", "AnnotationPage").containsEntry("id", "http://x/a#page1")
                .containsEntry("startIndex", 0);
        assertThat(collection).doesNotContainKey("items");
        Map<String, Object> item = ((List<Map<String, Object>>) page.get("items")).get(0);
        assertThat(item).containsEntry("id", "http://x/a#tass").containsEntry("type", "Annotation");
        List<Map<String, Object>> body = (List<Map<String, Object>>) item.get("body");
        assertThat(body).extracting(b -> b.get("purpose") + "=" + b.get("value")).containsExactly(
                "tagging=source", "commenting=Russian state media relayed it.",
                "describing=source: TASS", "describing=sourceType: state media");
        Map<String, Object> target = (Map<String, Object>) item.get("target");
        assertThat(target).containsEntry("source", "http://x/t");
        List<Map<String, Object>> selectors = (List<Map<String, Object>>) target.get("selector");
        assertThat(selectors.get(0)).containsEntry("type", "TextQuoteSelector").containsEntry("exact", "TASS")
                .containsEntry("prefix", "Dong was quoted by the ").containsEntry("suffix", " news agency as saying.");
        int start = (int) selectors.get(1).get("start");
        int end = (int) selectors.get(1).get("end");
        assertThat(selectors.get(1)).containsEntry("type", "TextPositionSelector");
        assertThat(article.plainText().substring(start, end)).isEqualTo("TASS");
    }
}
