package org.closeread.article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An article's annotations as a W3C Web Annotation {@code AnnotationCollection} (JSON-LD), so they
 * can be used by any tool that reads the standard: the lens as a tagging body, the explanation as a
 * commenting body, each lens fact as a describing body ({@code key: value}), and both a quote and a
 * position selector on the article's plain text. The annotations sit in one {@code AnnotationPage},
 * embedded as the collection's {@code first} (model §5.1 and §5.2).
 */
public final class WebAnnotations {

    public static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";

    private WebAnnotations() {
    }

    /**
     * @param collectionUrl where this collection is served
     * @param textUrl where the article's plain text is served: the selectors' source
     */
    public static Map<String, Object> collection(Article article, String collectionUrl, String textUrl) {
        List<Object> items = new ArrayList<>();
        for (Annotation annotation : article.annotations()) {
            items.add(item(article, annotation, collectionUrl, textUrl));
        }
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("@context", CONTEXT);
        collection.put("id", collectionUrl);
        collection.put("type", "AnnotationCollection");
        collection.put("label", "CloseRead annotations on \"" + article.title() + "\"");
        collection.put("total", items.size());
        if (!items.isEmpty()) {
            // Model §5.1: a collection holds its annotations in pages; ours is one page, embedded.
            Map<String, Object> page = new LinkedHashMap<>();
            page.put("id", collectionUrl + "#page1");
            page.put("type", "AnnotationPage");
            page.put("partOf", collectionUrl);
            page.put("startIndex", 0);
            page.put("items", items);
            collection.put("first", page);
            collection.put("last", collectionUrl + "#page1");
        }
        return collection;
    }

    private static Map<String, Object> item(Article article, Annotation annotation, String collectionUrl,
                                            String textUrl) {
        List<Object> body = new ArrayList<>();
        body.add(textualBody("tagging", annotation.lens().id(), "text/plain"));
        body.add(textualBody("commenting", annotation.explanation(), "text/markdown"));
        annotation.facts().forEach((key, value) -> body.add(textualBody("describing", key + ": " + value,
                "text/plain")));

        int start = article.offsetOf(annotation.span().block()) + annotation.span().start();
        Map<String, Object> quote = new LinkedHashMap<>();
        quote.put("type", "TextQuoteSelector");
        quote.put("exact", annotation.quote().exact());
        quote.put("prefix", annotation.quote().prefix());
        quote.put("suffix", annotation.quote().suffix());
        Map<String, Object> position = new LinkedHashMap<>();
        position.put("type", "TextPositionSelector");
        position.put("start", start);
        position.put("end", start + annotation.span().length());
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("source", textUrl);
        target.put("selector", List.of(quote, position));

        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", collectionUrl + "#" + annotation.id());
        item.put("type", "Annotation");
        item.put("motivation", "commenting");
        item.put("body", body);
        item.put("target", target);
        return item;
    }

    private static Map<String, Object> textualBody(String purpose, String value, String format) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "TextualBody");
        body.put("purpose", purpose);
        body.put("value", value);
        body.put("format", format);
        return body;
    }
}
