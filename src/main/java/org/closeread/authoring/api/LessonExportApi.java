package org.closeread.authoring.api;

import org.closeread.authoring.LessonExchangeService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/teacher/lessons/{slug}/export}: the lesson's folder as a zip, for teachers only
 * (the security configuration guards {@code /api/teacher/**}).
 */
@RestController
class LessonExportApi {

    private final LessonExchangeService exchange;

    LessonExportApi(LessonExchangeService exchange) {
        this.exchange = exchange;
    }

    @GetMapping("/api/teacher/lessons/{slug}/export")
    ResponseEntity<byte[]> export(@PathVariable String slug) {
        return exchange.export(slug).map(zip -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType("application/zip"))
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename(LessonExchangeService.fileName(slug)).build().toString())
                        .body(zip))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }
}
