package org.closeread.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.closeread.Application;
import org.closeread.TestDatabase;
import org.closeread.base.GuessThrottle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two app processes (two JVMs, as two servers would run them) on one PostgreSQL database: an answer
 * stored through node B reaches node A's class watchers through LISTEN/NOTIFY (not through A's own
 * refresh, which these watchers do not have), and a code guesser gets one allowance across both nodes.
 * Talks to the nodes over HTTP through the loopback-only crashtest endpoints. PostgreSQL only.
 */
@EnabledIfSystemProperty(named = TestDatabase.PROPERTY, matches = "postgresql",
        disabledReason = "several nodes share a database only on PostgreSQL")
@Timeout(value = 6, unit = TimeUnit.MINUTES)
class TwoProcessesTest {

    private static final String WRONG_CODE = "ZZZZ-ZZZZ";

    @TempDir
    Path data;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Process> nodes = new ArrayList<>();

    @AfterEach
    void stopNodes() throws InterruptedException {
        for (Process node : nodes) {
            node.destroy();
        }
        for (Process node : nodes) {
            if (!node.waitFor(20, TimeUnit.SECONDS)) {
                node.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void an_answer_through_node_b_reaches_node_a_and_guesses_count_across_both() throws Exception {
        String a = start("a");
        String b = start("b");
        awaitReady(a, "a");
        awaitReady(b, "b");

        String[] classroom = post(a + "/crashtest/class", "").split(" ");
        long classId = Long.parseLong(classroom[0]);
        String code = classroom[1].strip();
        String[] sam = post(b + "/crashtest/join", "code=" + code + "&name=Sam&browser=sam").split(" ");
        String resume = sam[1].strip();
        long before = Long.parseLong(get(a + "/crashtest/heard?classId=" + classId).strip());

        assertThat(post(b + "/crashtest/answer", "resume=" + resume + "&text=first").strip()).isEqualTo("ok");
        long sent = System.nanoTime();
        long heard = before;
        // Node A has no other way to hear of it: its watcher counts pushes only (no regular rebuild).
        while (heard == before && System.nanoTime() - sent < TimeUnit.SECONDS.toNanos(10)) {
            Thread.sleep(20);
            heard = Long.parseLong(get(a + "/crashtest/heard?classId=" + classId).strip());
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent);
        System.out.println("TwoProcessesTest: node A heard of node B's answer after " + millis + " ms");
        assertThat(heard).as("node A heard of the answer stored through node B").isGreaterThan(before);
        assertThat(get(a + "/crashtest/answers?resume=" + resume)).isEqualTo("first\n");

        // Three wrong codes per address are free (set below): two on A and one on B use them up together.
        String guess = "code=" + WRONG_CODE + "&name=Eve&browser=";
        assertThat(postStatus(a + "/crashtest/join", guess + "e1")).isEqualTo(409);
        assertThat(postStatus(a + "/crashtest/join", guess + "e2")).isEqualTo(409);
        assertThat(postStatus(b + "/crashtest/join", guess + "e3")).isEqualTo(409);
        HttpResponse<String> refused = send(request(a + "/crashtest/join")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("code=" + code + "&name=Eve&browser=e4")).build());
        assertThat(refused.statusCode()).as("even the right code waits on node A").isEqualTo(409);
        assertThat(refused.body()).startsWith(GuessThrottle.WAIT + " ");
    }

    private String start(String name) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path")));
        for (String property : List.of(TestDatabase.PROPERTY, "closeread.test.db-url", "closeread.test.db-user",
                "closeread.test.db-password")) {
            if (System.getProperty(property) != null) {
                command.add("-D" + property + "=" + System.getProperty(property));
            }
        }
        command.addAll(List.of(Application.class.getName(), "--server.port=" + port, "--server.address=127.0.0.1",
                // One data folder: the same schema for both nodes (TestDatabase names it after the folder).
                "--closeread.data-dir=" + data, "--spring.profiles.active=crashtest",
                "--closeread.join.free-per-address=3", "--closeread.join.free-per-browser=100",
                "--closeread.backup.cron=-"));
        Path log = data.resolve("node-" + name + ".log");
        nodes.add(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start());
        return "http://127.0.0.1:" + port;
    }

    private void awaitReady(String node, String name) throws Exception {
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (System.nanoTime() < until) {
            try {
                if (send(request(node + "/actuator/health/readiness").build())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            if (nodes.stream().anyMatch(p -> !p.isAlive())) {
                break;
            }
            Thread.sleep(500);
        }
        Path log = data.resolve("node-" + name + ".log");
        String text = Files.exists(log) ? Files.readString(log) : "";
        throw new AssertionError("node " + name + " did not start:\n" + text.substring(Math.max(0, text.length() - 6000)));
    }

    private String get(String url) throws Exception {
        HttpResponse<String> response = send(request(url).build());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return response.body();
    }

    private String post(String url, String form) throws Exception {
        HttpResponse<String> response = send(request(url)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertThat(response.statusCode()).as(url + " " + response.body()).isEqualTo(200);
        return response.body();
    }

    private int postStatus(String url, String form) throws Exception {
        return send(request(url).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build()).statusCode();
    }

    private static HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
