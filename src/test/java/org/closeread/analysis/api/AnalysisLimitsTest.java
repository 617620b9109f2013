package org.closeread.analysis.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.closeread.ManualClock;
import org.closeread.analysis.ArticleAnalysis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

/** /api/analysis on the open internet: bounded by size, rate, concurrency and time; no real analyser needed. */
class AnalysisLimitsTest {

    private final ManualClock clock = new ManualClock("2026-11-29T09:00:00Z");
    private static final ArticleAnalysis NOTHING = new ArticleAnalysis("", List.of(), List.of(), List.of(),
            List.of(), List.of());
    private final CountDownLatch release = new CountDownLatch(1);
    private AnalysisController controller;

    @AfterEach
    void stop() {
        release.countDown();
        if (controller != null) {
            controller.stop();
        }
    }

    private AnalysisController controller(int perMinute, int concurrent, Duration timeLimit,
                                          Function<String, ArticleAnalysis> analysis) {
        controller = new AnalysisController(analysis, new AnalysisLimits(clock, perMinute, concurrent, timeLimit));
        return controller;
    }

    private static MockHttpServletRequest text(String body, String address) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/analysis");
        request.setContentType("text/plain; charset=UTF-8");
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        request.setRemoteAddr(address);
        return request;
    }

    /** A body sent in chunks, with no Content-Length: endless, counting what was read of it. */
    private static final class Endless extends ServletInputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 'a';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) 'a');
            read += len;
            return len;
        }

        @Override
        public boolean isFinished() {
            return false;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
        }
    }

    @Test
    void a_declared_length_over_200_kb_is_refused_before_a_byte_is_read() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/analysis") {
            @Override
            public ServletInputStream getInputStream() {
                throw new AssertionError("the body must not be read");
            }

            @Override
            public long getContentLengthLong() {
                return 50L * 1024 * 1024;
            }
        };
        request.setContentType("text/plain");

        ResponseEntity<?> answer = controller(30, 2, Duration.ofSeconds(20), t -> NOTHING).analyze(request);

        assertThat(answer.getStatusCode().value()).isEqualTo(413);
    }

    @Test
    void a_body_without_a_length_is_read_only_up_to_the_limit() throws Exception {
        Endless body = new Endless();
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/analysis") {
            @Override
            public ServletInputStream getInputStream() {
                return body;
            }

            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        request.setContentType("text/plain");

        ResponseEntity<?> answer = controller(30, 2, Duration.ofSeconds(20), t -> NOTHING).analyze(request);

        assertThat(answer.getStatusCode().value()).isEqualTo(413);
        assertThat(body.read).isEqualTo(AnalysisController.MAX_BYTES + 1);
    }

    @Test
    void one_address_past_its_rate_gets_429_with_retry_after_and_others_are_not_affected() throws Exception {
        AnalysisController api = controller(3, 2, Duration.ofSeconds(20), t -> NOTHING);
        for (int i = 0; i < 3; i++) {
            assertThat(api.analyze(text("Some text.", "203.0.113.9")).getStatusCode().value()).isEqualTo(200);
        }

        ResponseEntity<?> fourth = api.analyze(text("Some text.", "203.0.113.9"));
        assertThat(fourth.getStatusCode().value()).isEqualTo(429);
        assertThat(fourth.getHeaders().getFirst("Retry-After")).isEqualTo("20");
        assertThat(((Map<?, ?>) fourth.getBody()).get("error").toString()).contains("too many");
        assertThat(api.analyze(text("Some text.", "192.0.2.10")).getStatusCode().value()).isEqualTo(200);

        clock.advanceSeconds(20);
        assertThat(api.analyze(text("Some text.", "203.0.113.9")).getStatusCode().value()).isEqualTo(200);
        assertThat(api.analyze(text("Some text.", "203.0.113.9")).getStatusCode().value()).isEqualTo(429);
    }

    @Test
    void beyond_the_analyses_allowed_at_once_the_answer_is_503_with_retry_after() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AnalysisController api = controller(30, 1, Duration.ofMinutes(5), t -> {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return NOTHING;
        });
        CompletableFuture<ResponseEntity<?>> first = CompletableFuture.supplyAsync(() -> {
            try {
                return api.analyze(text("First text.", "192.0.2.1"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();

        ResponseEntity<?> second = api.analyze(text("Second text.", "192.0.2.2"));
        assertThat(second.getStatusCode().value()).isEqualTo(503);
        assertThat(second.getHeaders().getFirst("Retry-After")).isNotBlank();

        release.countDown();
        assertThat(first.get(30, TimeUnit.SECONDS).getStatusCode().value()).isEqualTo(200);
        assertThat(api.analyze(text("Third text.", "192.0.2.3")).getStatusCode().value())
                .as("the slot is free again").isEqualTo(200);
    }

    @Test
    void an_analysis_past_its_time_limit_answers_503_and_keeps_its_slot_until_it_ends() throws Exception {
        CountDownLatch ended = new CountDownLatch(1);
        AnalysisController api = controller(30, 1, Duration.ofMillis(50), t -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ended.countDown();
            return NOTHING;
        });

        ResponseEntity<?> slow = api.analyze(text("A text that never ends.", "192.0.2.1"));
        assertThat(slow.getStatusCode().value()).isEqualTo(503);
        assertThat(((Map<?, ?>) slow.getBody()).get("error").toString()).contains("took longer");
        assertThat(api.analyze(text("Another.", "192.0.2.2")).getStatusCode().value())
                .as("still analysing the first").isEqualTo(503);

        release.countDown();
        assertThat(ended.await(30, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void the_buckets_stay_bounded_after_100000_addresses() {
        AnalysisLimits limits = new AnalysisLimits(clock, 30, 2, Duration.ofSeconds(20));
        for (int i = 0; i < 100_000; i++) {
            limits.take("10.0." + (i >> 8 & 255) + "." + (i & 255) + "#" + i);
        }
        assertThat(limits.addresses()).isLessThanOrEqualTo(AnalysisLimits.MAX_ADDRESSES);
    }
}
