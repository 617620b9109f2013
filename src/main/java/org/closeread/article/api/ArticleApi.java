package org.closeread.article.api;

import java.util.List;
import java.util.Map;
import org.closeread.article.ArticleService;
import org.closeread.article.ArticleSummary;
import org.closeread.article.WebAnnotations;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/articles")
class ArticleApi {

    static final MediaType JSON_LD = MediaType.parseMediaType(
            "application/ld+json;profile=\"http://www.w3.org/ns/anno.jsonld\"");

    private final ArticleService articles;

    ArticleApi(ArticleService articles) {
        this.articles = articles;
    }

    @GetMapping
    List<ArticleSummary> list() {
        return articles.list();
    }

    @GetMapping("/{slug}/annotations")
    ResponseEntity<Object> annotations(@PathVariable String slug) {
        return articles.findPublic(slug)
                .<ResponseEntity<Object>>map(article -> ResponseEntity.ok().contentType(JSON_LD)
                        .body(WebAnnotations.collection(article, url(slug, "annotations"), url(slug, "text"))))
                .orElseGet(() -> notFound(slug));
    }

    /** The plain text the annotations' position selectors count in: the blocks joined by a blank line. */
    @GetMapping("/{slug}/text")
    ResponseEntity<Object> text(@PathVariable String slug) {
        return articles.findPublic(slug)
                .<ResponseEntity<Object>>map(article -> ResponseEntity.ok()
                        .contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8))
                        .body(article.plainText()))
                .orElseGet(() -> notFound(slug));
    }

    private static String url(String slug, String what) {
        return ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/articles/{slug}/" + what).buildAndExpand(slug).toUriString();
    }

    private static ResponseEntity<Object> notFound(String slug) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", "No article with the slug \"" + slug + "\"", "status", 404));
    }
}
