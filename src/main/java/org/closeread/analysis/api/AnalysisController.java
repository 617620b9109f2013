package org.closeread.analysis.api;

import jakarta.annotation.PreDestroy;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.closeread.analysis.Analyzer;
import org.closeread.analysis.ArticleAnalysis;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/analysis}: plain text in, suggestions out. No login, nothing stored. Bounded for the
 * open internet: a declared length over the limit is refused before reading, a body is read as a
 * stream and never past the limit, each address has a rate limit, only so many analyses run at once,
 * and each has a time limit ({@link AnalysisLimits}).
 */
@RestController
class AnalysisController {

    /** Long-form articles run to 10,000 words (~60 KB); 200 KB leaves room and bounds the work. */
    static final int MAX_BYTES = 200 * 1024;

    private final Function<String, ArticleAnalysis> analysis;
    private final AnalysisLimits limits;
    private final ExecutorService workers;

    @Autowired
    AnalysisController(Analyzer analyzer, AnalysisLimits limits) {
        this(analyzer::analyze, limits);
    }

    AnalysisController(Function<String, ArticleAnalysis> analysis, AnalysisLimits limits) {
        this.analysis = analysis;
        this.limits = limits;
        this.workers = Executors.newFixedThreadPool(limits.concurrent(), Thread.ofPlatform().daemon()
                .name("analysis-", 1).factory());
    }

    @PostMapping(path = "/api/analysis", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> analyze(HttpServletRequest request) throws IOException {
        if (!isText(request.getContentType())) {
            return error(HttpStatus.BAD_REQUEST, "send the article as text/plain");
        }
        if (request.getContentLengthLong() > MAX_BYTES) {
            return tooLarge();
        }
        Optional<Duration> wait = limits.take(request.getRemoteAddr());
        if (wait.isPresent()) {
            return retryLater(HttpStatus.TOO_MANY_REQUESTS, wait.get(),
                    "too many analyses from your address; try again in a minute");
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_BYTES + 1);
        }
        if (body.length > MAX_BYTES) {
            return tooLarge();
        }
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            return error(HttpStatus.BAD_REQUEST, "the text is empty");
        }
        if (!limits.tryAcquire()) {
            return retryLater(HttpStatus.SERVICE_UNAVAILABLE, Duration.ofSeconds(5),
                    "the server is busy analysing other texts; try again in a few seconds");
        }
        // The slot is held until the analysis ends, even when the answer has gone out after the time limit.
        Future<ArticleAnalysis> running;
        try {
            running = workers.submit(() -> {
                try {
                    return analysis.apply(text);
                } finally {
                    limits.release();
                }
            });
        } catch (RuntimeException e) {
            limits.release();
            throw e;
        }
        try {
            return ResponseEntity.ok(AnalysisResponse.of(
                    running.get(limits.timeLimit().toMillis(), TimeUnit.MILLISECONDS)));
        } catch (TimeoutException e) {
            return retryLater(HttpStatus.SERVICE_UNAVAILABLE, Duration.ofSeconds(30),
                    "the analysis took longer than " + limits.timeLimit().toSeconds() + " seconds");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return error(HttpStatus.SERVICE_UNAVAILABLE, "the analysis was interrupted");
        } catch (ExecutionException e) {
            throw new IllegalStateException("the analysis failed", e.getCause());
        }
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    /** Checked here rather than with {@code consumes}, so a wrong type gets our 400 and JSON error, not a bare 415. */
    private static boolean isText(String contentType) {
        try {
            return contentType != null && MediaType.TEXT_PLAIN.isCompatibleWith(MediaType.parseMediaType(contentType));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    private static ResponseEntity<Map<String, String>> tooLarge() {
        return error(HttpStatus.PAYLOAD_TOO_LARGE, "the text is over " + MAX_BYTES / 1024 + " KB");
    }

    private static ResponseEntity<Map<String, String>> retryLater(HttpStatus status, Duration wait, String message) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return ResponseEntity.status(status).header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("error", message));
    }

    private static ResponseEntity<Map<String, String>> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("error", message));
    }
}
