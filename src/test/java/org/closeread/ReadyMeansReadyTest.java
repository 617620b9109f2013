package org.closeread;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The very first request the server can answer already sees the lessons: requests are sent the moment
 * the port opens (from the web server's own "started" event), before start-up has even finished.
 */
class ReadyMeansReadyTest {

    @TempDir
    Path data;

    private static HttpResponse<String> get(int port, String path) {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void the_first_answer_of_api_articles_already_lists_the_lessons_and_readiness_follows() {
        List<HttpResponse<String>> atPortOpening = new ArrayList<>();
        int[] port = {0};
        ApplicationListener<WebServerInitializedEvent> firstRequests = new ApplicationListener<>() {
            @Override
            public void onApplicationEvent(WebServerInitializedEvent event) {
                port[0] = event.getWebServer().getPort();
                atPortOpening.add(get(port[0], "/api/articles"));
                atPortOpening.add(get(port[0], "/actuator/health/readiness"));
            }
        };
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .listeners(firstRequests)
                .run("--closeread.data-dir=" + data, "--server.port=0")) {
            HttpResponse<String> articles = atPortOpening.get(0);
            assertThat(articles.statusCode()).isEqualTo(200);
            assertThat(articles.body()).contains("\"slug\":\"china-russia-defence-ministers\"");
            assertThat(atPortOpening.get(1).statusCode()).as("not ready until start-up has finished").isEqualTo(503);

            assertThat(get(port[0], "/actuator/health/readiness").statusCode()).isEqualTo(200);
            assertThat(get(port[0], "/actuator/health/liveness").statusCode()).isEqualTo(200);
            assertThat(get(port[0], "/actuator/health").body()).contains("\"status\":\"UP\"")
                    .doesNotContain("components").doesNotContain("details");
            for (String hidden : List.of("/actuator", "/actuator/env", "/actuator/beans", "/actuator/info",
                    "/actuator/metrics", "/actuator/heapdump")) {
                // Not found, or at most the app's own page for an unknown address: never an actuator answer.
                HttpResponse<String> answer = get(port[0], hidden);
                assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(hidden)
                        .doesNotContain("actuator").doesNotContain("json");
                assertThat(answer.body()).as(hidden).doesNotContain("_links").doesNotContain("\"beans\"")
                        .doesNotContain("propertySources");
            }
        }
    }
}
