package org.closeread.exchange.api;

import org.closeread.exchange.ExchangeFormat;
import org.closeread.exchange.QuizExchangeService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/teacher/lessons/{slug}/quiz/{format}} with {@code moodle-xml}, {@code gift} or
 * {@code qti}: the lesson's quiz as a file to download, for teachers only (the security configuration
 * guards {@code /api/teacher/**}).
 */
@RestController
class QuizExchangeApi {

    private final QuizExchangeService exchange;

    QuizExchangeApi(QuizExchangeService exchange) {
        this.exchange = exchange;
    }

    @GetMapping("/api/teacher/lessons/{slug}/quiz/{format}")
    ResponseEntity<byte[]> export(@PathVariable String slug, @PathVariable String format) {
        return ExchangeFormat.fromId(format).flatMap(f -> exchange.export(slug, f).map(bytes -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(f.mediaType()))
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename(f.fileName(slug)).build().toString())
                        .body(bytes)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }
}
