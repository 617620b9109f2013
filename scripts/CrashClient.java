import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The simulated class for scripts/crash-test.sh: students who answer without pause through CloseRead's
 * loopback-only crashtest endpoints while the script kills the server. Each answer carries a unique
 * text; an answer that got no "ok" is sent again (as a student would press Save again) until it does.
 * Stops by itself when the stop file appears or after the time limit, then reads back what was stored
 * and prints: acknowledged answers lost, answers stored twice, and the time without service.
 *
 * java scripts/CrashClient.java BASE_URL STUDENTS STOP_FILE MAX_SECONDS   (loopback addresses only)
 */
public class CrashClient {

    record Outage(long from, long to) {
    }

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    static String base;

    public static void main(String[] args) throws Exception {
        base = args[0];
        String host = URI.create(base).getHost();
        if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("::1")) {
            throw new IllegalArgumentException("loopback only: " + base);
        }
        int students = Integer.parseInt(args[1]);
        Path stop = Path.of(args[2]);
        long deadline = System.currentTimeMillis() + Long.parseLong(args[3]) * 1000;

        String[] classroom = retry("POST", "/crashtest/class", "", deadline).strip().split(" ");
        String code = classroom[1];
        String[] resume = new String[students];
        for (int s = 0; s < students; s++) {
            resume[s] = retry("POST", "/crashtest/join", "code=" + code + "&name=Student+" + (s + 1)
                    + "&browser=crash-" + s + "-" + System.nanoTime(), deadline).strip().split(" ")[1];
        }
        // The class is ready: the script starts killing only now.
        Files.writeString(Path.of(stop + ".ready"), "ready\n");
        List<List<String>> acked = new ArrayList<>();
        List<List<Outage>> outages = new ArrayList<>();
        long[] sent = new long[students];
        List<Thread> threads = new ArrayList<>();
        for (int s = 0; s < students; s++) {
            List<String> mine = Collections.synchronizedList(new ArrayList<>());
            List<Outage> down = Collections.synchronizedList(new ArrayList<>());
            acked.add(mine);
            outages.add(down);
            int student = s;
            Thread thread = Thread.ofPlatform().start(() -> {
                for (int n = 1; !Files.exists(stop) && System.currentTimeMillis() < deadline; n++) {
                    String text = "s" + student + "-a" + n;
                    long failingSince = 0;
                    while (true) {
                        sent[student]++;
                        if (post("/crashtest/answer", "resume=" + resume[student] + "&text=" + text + "&id=" + text)) {
                            mine.add(text);
                            if (failingSince != 0) {
                                down.add(new Outage(failingSince, System.currentTimeMillis()));
                            }
                            break;
                        }
                        if (failingSince == 0) {
                            failingSince = System.currentTimeMillis();
                        }
                        if (System.currentTimeMillis() > deadline) {
                            return;
                        }
                        sleep(100);
                    }
                    sleep(ThreadLocalRandom.current().nextInt(50, 250));
                }
            });
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }

        long ackedCount = 0;
        long lost = 0;
        long duplicates = 0;
        long storedUnacked = 0;
        long requests = 0;
        StringBuilder lostNames = new StringBuilder();
        for (int s = 0; s < students; s++) {
            List<String> stored = List.of(retry("GET", "/crashtest/answers?resume=" + resume[s], null,
                    System.currentTimeMillis() + 300_000).split("\n"));
            Map<String, Integer> times = new HashMap<>();
            stored.stream().filter(t -> !t.isEmpty()).forEach(t -> times.merge(t, 1, Integer::sum));
            Set<String> mine = new HashSet<>(acked.get(s));
            ackedCount += mine.size();
            mine.stream().filter(t -> !times.containsKey(t)).sorted().forEach(t -> lostNames.append(t).append('\n'));
            lost += mine.stream().filter(t -> !times.containsKey(t)).count();
            duplicates += times.values().stream().filter(c -> c > 1).mapToInt(c -> c - 1).sum();
            storedUnacked += times.keySet().stream().filter(t -> !mine.contains(t)).count();
            requests += sent[s];
        }
        // Time without service: the union of every student's spans from a first failed request to the next "ok".
        List<Outage> all = new ArrayList<>();
        outages.forEach(all::addAll);
        all.sort((a, b) -> Long.compare(a.from(), b.from()));
        long total = 0;
        long longest = 0;
        long start = -1;
        long end = -1;
        // Each span without service, with its time, so it can be set beside the script's kills.log.
        StringBuilder spans = new StringBuilder("# start (UTC), seconds without service\n");
        for (Outage o : all) {
            if (start < 0 || o.from() > end) {
                if (start >= 0) {
                    total += end - start;
                    longest = Math.max(longest, end - start);
                    spans.append(java.time.Instant.ofEpochMilli(start)).append(' ').append((end - start) / 1000.0).append('\n');
                }
                start = o.from();
                end = o.to();
            } else {
                end = Math.max(end, o.to());
            }
        }
        if (start >= 0) {
            total += end - start;
            longest = Math.max(longest, end - start);
            spans.append(java.time.Instant.ofEpochMilli(start)).append(' ').append((end - start) / 1000.0).append('\n');
        }
        Files.writeString(Path.of(stop + ".outages"), spans);
        // The names of acknowledged answers not found stored (student and answer number: "s4-a120"),
        // to look up in the server's log.
        Files.writeString(Path.of(stop + ".lost"), lostNames);
        System.out.printf("students=%d requests=%d acknowledged=%d lost=%d duplicates=%d stored_unacknowledged=%d"
                        + " seconds_without_service=%.1f longest_outage_seconds=%.1f%n", students, requests,
                ackedCount, lost, duplicates, storedUnacked, total / 1000.0, longest / 1000.0);
    }

    static boolean post(String path, String form) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().strip().equals("ok");
        } catch (Exception e) {
            return false;
        }
    }

    static String retry(String method, String path, String form, long deadline) throws Exception {
        while (true) {
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10));
                if ("POST".equals(method)) {
                    request.header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form));
                }
                HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return response.body();
                }
            } catch (Exception e) {
                // not up (yet)
            }
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("no answer from " + base + path);
            }
            sleep(500);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
