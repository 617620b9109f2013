package org.closeread.analysis.api;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.closeread.analysis.Analyzer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/analysis}: plain text in, suggestions out. No login, nothing stored. */
@RestController
class AnalysisController {

    /** Long-form articles run to 10,000 words (~60 KB); 200 KB leaves room and bounds the work. */
    static final int MAX_BYTES = 200 * 1024;

    private final Analyzer analyzer;

    AnalysisController(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    @PostMapping(path = "/api/analysis", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> analyze(@RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            @RequestBody(required = false) byte[] body) {
        if (!isText(contentType)) {
            return error(HttpStatus.BAD_REQUEST, "send the article as text/plain");
        }
        if (body != null && body.length > MAX_BYTES) {
            return error(HttpStatus.PAYLOAD_TOO_LARGE, "the text is over " + MAX_BYTES / 1024 + " KB");
        }
        String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            return error(HttpStatus.BAD_REQUEST, "the text is empty");
        }
        return ResponseEntity.ok(AnalysisResponse.of(analyzer.analyze(text)));
    }

    /** Checked here rather than with {@code consumes}, so a wrong type gets our 400 and JSON error, not a bare 415. */
    private static boolean isText(String contentType) {
        try {
            return contentType != null && MediaType.TEXT_PLAIN.isCompatibleWith(MediaType.parseMediaType(contentType));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, String>> unreadable() {
        return error(HttpStatus.BAD_REQUEST, "the text could not be read");
    }

    private static ResponseEntity<Map<String, String>> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("error", message));
    }
}
