package org.closeread.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * CloseRead's load driver: simulated students and teachers that speak Vaadin's protocol (no browsers)
 * against a server on this machine. Loopback only, at most 2,000 users and one hour; it stops by itself.
 *
 * <pre>
 * scripts/load.sh --scenario=class30   (or ./mvnw -Pload -Dfrontend.skip=true compile exec:java -Dexec.args="--scenario=class30")
 * </pre>
 * Options (--name=value): base (http://localhost:8080), scenario (class30 | school | open100 | custom),
 * students, ramp (seconds over which students start), self-study (share of students without a class,
 * 0..1), think-min / think-max (seconds between actions), duration (hard stop, seconds), teacher and
 * password (a teacher account to create the class and keep the dashboard open; password also from
 * LOAD_TEACHER_PASSWORD), slug (the lesson), pid (the server's process id, to sample its CPU and heap),
 * out (folder for the report, target/load).
 */
public final class LoadDriver {

    private static final int MAX_USERS = 2000;
    private static final int MAX_SECONDS = 3600;

    private final Map<String, String> options;
    private final String base;
    private final Stats stats = new Stats();
    private final HttpClient http;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final AtomicInteger active = new AtomicInteger();
    private final AtomicInteger finished = new AtomicInteger();
    private final List<double[]> server = new ArrayList<>();
    private final String slug;
    private final double thinkMin;
    private final double thinkMax;

    private LoadDriver(Map<String, String> options) {
        this.options = options;
        this.base = options.getOrDefault("base", "http://localhost:8080").replaceAll("/$", "");
        this.slug = options.getOrDefault("slug", "china-russia-defence-ministers");
        this.thinkMin = Double.parseDouble(options.getOrDefault("think-min", "3"));
        this.thinkMax = Double.parseDouble(options.getOrDefault("think-max", "10"));
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newVirtualThreadPerTaskExecutor()).build();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : String.join(" ", args).trim().split("\\s+")) {
            if (arg.startsWith("--") && arg.contains("=")) {
                options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            } else if (!arg.isBlank()) {
                throw new IllegalArgumentException("Options are --name=value; not understood: " + arg);
            }
        }
        scenarioDefaults(options);
        new LoadDriver(options).run();
    }

    /** The scenarios of docs/performance.md; any option given explicitly wins. */
    private static void scenarioDefaults(Map<String, String> o) {
        String scenario = o.getOrDefault("scenario", "custom");
        Map<String, String> d = switch (scenario) {
            case "class30" -> Map.of("students", "30", "ramp", "1", "self-study", "0", "duration", "900");
            case "school" -> Map.of("students", "300", "ramp", "600", "self-study", "0.34", "duration", "1500");
            case "analysis" -> Map.of("clients", "8", "requests", "400", "duration", "600");
            case "open100" -> Map.of("students", "100", "ramp", "10", "self-study", "1", "duration", "300",
                    "journey", "open");
            default -> Map.of();
        };
        d.forEach(o::putIfAbsent);
    }

    private void run() throws Exception {
        URI uri = URI.create(base);
        if (!InetAddress.getByName(uri.getHost()).isLoopbackAddress()) {
            throw new IllegalArgumentException("The load driver only runs against this machine (loopback); "
                    + uri.getHost() + " is not.");
        }
        if (options.getOrDefault("scenario", "").equals("analysis")) {
            analysis();
            return;
        }
        int students = Integer.parseInt(options.getOrDefault("students", "10"));
        int duration = Integer.parseInt(options.getOrDefault("duration", "600"));
        double ramp = Double.parseDouble(options.getOrDefault("ramp", "10"));
        double selfStudy = Double.parseDouble(options.getOrDefault("self-study", "0.34"));
        if (students < 1 || students > MAX_USERS || duration < 1 || duration > MAX_SECONDS) {
            throw new IllegalArgumentException("students 1.." + MAX_USERS + ", duration 1.." + MAX_SECONDS + " s");
        }
        String journey = options.getOrDefault("journey", "full");
        int classStudents = journey.equals("open") || journey.equals("quiz") ? 0 : (int) Math.round(students * (1 - selfStudy));
        System.out.printf("CloseRead load: %s, %d students (%d in a class), start over %.0f s, think %.0f-%.0f s,"
                + " stop after %d s, against %s%n", options.getOrDefault("scenario", "custom"), students, classStudents,
                ramp, thinkMin, thinkMax, duration, base);

        String code = null;
        String dashboard = null;
        if (classStudents > 0) {
            String[] made = setUpClass();
            code = made[0];
            dashboard = made[1];
            System.out.println("Class " + code + ", dashboard " + dashboard);
        }
        Thread sampler = Thread.ofPlatform().daemon().start(this::sampleServer);
        long start = System.currentTimeMillis();
        long end = start + duration * 1000L;
        try (ExecutorService users = Executors.newVirtualThreadPerTaskExecutor()) {
            if (dashboard != null) {
                String route = dashboard;
                users.submit(() -> teacher(route, end));
            }
            for (int i = 0; i < students; i++) {
                long at = start + (long) (ramp * 1000 * i / Math.max(1, students));
                String classCode = i < classStudents ? code : null;
                int n = i;
                users.submit(() -> {
                    if (!sleepUntil(at, end)) {
                        return;
                    }
                    active.incrementAndGet();
                    try {
                        if (journey.equals("open")) {
                            openOnly(n);
                        } else if (journey.equals("quiz")) {
                            quizOnly(n);
                        } else {
                            student(n, classCode, end);
                        }
                    } catch (Exception e) {
                        stats.error("student " + n + ": " + e);
                    } finally {
                        active.decrementAndGet();
                        finished.incrementAndGet();
                    }
                });
            }
            Thread progress = Thread.ofVirtual().start(() -> {
                while (!stopping.get()) {
                    try {
                        Thread.sleep(10_000);
                    } catch (InterruptedException e) {
                        return;
                    }
                    System.out.printf("%4d s: %d active, %d finished, %d requests, %d errors%n",
                            (System.currentTimeMillis() - start) / 1000, active.get(), finished.get(),
                            stats.samples().size(), stats.samples().stream().filter(s -> !s.ok()).count());
                }
            });
            users.shutdown();
            while (!users.awaitTermination(1, TimeUnit.SECONDS)) {
                if (System.currentTimeMillis() > end + 60_000) {
                    System.out.println("Time is up: stopping the users still running.");
                    users.shutdownNow();
                }
            }
            stopping.set(true);
            progress.interrupt();
        }
        stopping.set(true);
        sampler.join(6000);
        report(start, System.currentTimeMillis());
    }

    // ---- POST /api/analysis ---------------------------------------------------------------------------

    /**
     * Scenario (e): {@code clients} clients at once, each posting the lesson's article cut or repeated to
     * 1,000 words to /api/analysis, {@code requests} in all. The server's per-address rate limit must be
     * raised for this run (every client comes from 127.0.0.1); 429 and 503 answers count as errors.
     */
    private void analysis() throws Exception {
        int clients = Integer.parseInt(options.get("clients"));
        int requests = Math.min(5000, Integer.parseInt(options.get("requests")));
        long end = System.currentTimeMillis() + Math.min(MAX_SECONDS, Integer.parseInt(options.get("duration"))) * 1000L;
        String source = Files.readString(Path.of(options.getOrDefault("article", "lessons/" + slug + "/article.txt")))
                .replaceAll("(?m)^\\[[^\\]]*\\]\\s*$", "");
        List<String> words = List.of(source.trim().split("\\s+"));
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            text.append(words.get(i % words.size())).append(i % 60 == 59 ? "\n\n" : " ");
        }
        String body = text.toString();
        System.out.printf("CloseRead analysis load: %d clients, %d requests of %d words against %s%n", clients, requests,
                body.split("\\s+").length, base);
        AtomicInteger left = new AtomicInteger(requests);
        Map<Integer, AtomicInteger> statuses = new java.util.concurrent.ConcurrentHashMap<>();
        Thread sampler = Thread.ofPlatform().daemon().start(this::sampleServer);
        long start = System.currentTimeMillis();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            for (int c = 0; c < clients; c++) {
                pool.submit(() -> {
                    while (left.getAndDecrement() > 0 && System.currentTimeMillis() < end) {
                        long t = System.nanoTime();
                        try {
                            var response = http.send(java.net.http.HttpRequest.newBuilder(URI.create(base + "/api/analysis"))
                                    .header("Content-Type", "text/plain; charset=UTF-8").timeout(Duration.ofSeconds(60))
                                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                                    java.net.http.HttpResponse.BodyHandlers.ofString());
                            statuses.computeIfAbsent(response.statusCode(), k -> new AtomicInteger()).incrementAndGet();
                            stats.record("POST /api/analysis (1,000 words)", System.nanoTime() - t,
                                    response.body().length(), response.statusCode() == 200);
                        } catch (Exception e) {
                            stats.record("POST /api/analysis (1,000 words)", System.nanoTime() - t, 0, false);
                            stats.error(e.toString());
                        }
                    }
                    return null;
                });
            }
        }
        stopping.set(true);
        sampler.join(6000);
        System.out.println("HTTP statuses: " + statuses);
        stats.error("HTTP statuses: " + statuses);
        report(start, System.currentTimeMillis());
    }

    // ---- journeys ---------------------------------------------------------------------------------

    /** Scenario (d): open the guided reading as a new tab does, then stay a while and leave. */
    private void openOnly(int n) throws IOException, InterruptedException {
        VaadinClient tab = new VaadinClient(http, base, stats);
        tab.open("lesson: open (page, init, navigate)", "lessons/" + slug);
        if (tab.byId("step-guide").isEmpty()) {
            throw new IOException("the guided reading did not open");
        }
        if (Boolean.parseBoolean(options.getOrDefault("settle", "false"))) {
            // What the tab's next request (a heartbeat, at the latest) does: Vaadin then keeps that small
            // answer for a resend instead of the large first one, which is what a session holds on to.
            tab.poll("lesson: next request (heartbeat)");
        }
    }

    /** Opens the quiz as a new tab does, starts it, and stays (for the heap a quiz session keeps). */
    private void quizOnly(int n) throws IOException, InterruptedException {
        VaadinClient tab = new VaadinClient(http, base, stats);
        tab.open("quiz: open (page, init, navigate)", "lessons/" + slug + "/quiz");
        tab.button("Start the quiz").ifPresent(start -> click(tab, "quiz: start", start));
        if (tab.findAll(node -> node.hasClass("question-card")).isEmpty()) {
            throw new IOException("the quiz did not start");
        }
        tab.poll("quiz: next request (heartbeat)");
    }

    /** A student: joins a class (or chooses the lesson in the library), reads every step, practises, takes the quiz. */
    private void student(int n, String code, long end) throws IOException, InterruptedException {
        VaadinClient tab = new VaadinClient(http, base, stats);
        if (code != null) {
            tab.open("join: open", "join");
            think(end);
            tab.setValue("join: type code", need(tab.byId("join-code"), "join-code"), text(code));
            tab.setValue("join: type name", need(tab.byId("join-name"), "join-name"), text("Student " + (n + 1)));
            tab.click("join: join", need(tab.byId("join-button"), "join-button"));
            if (tab.byId("step-guide").isEmpty()) {
                // The class page: the assignment's link to the lesson.
                think(end);
                tab.navigate("lesson: open (link)", "lessons/" + slug);
            }
        } else {
            tab.open("library: open", "");
            think(end);
            tab.navigate("lesson: open (link)", "lessons/" + slug);
        }
        VaadinClient.Node guide = need(tab.byId("step-guide"), "step-guide");
        int steps = stepsOf(tab);
        for (int step = 1; step <= steps && !late(end); step++) {
            for (VaadinClient.Node card : tab.find(need(tab.byId("step-guide"), "step-guide"),
                    node -> node.hasClass("question-card"))) {
                think(end);
                answer(tab, card, "practice");
            }
            think(end);
            if (step < steps) {
                Optional<VaadinClient.Node> next = tab.button(need(tab.byId("step-guide"), "step-guide"), "Next");
                tab.click("lesson: next step", need(next, "the next step button"));
            }
        }
        if (late(end)) {
            return;
        }
        // The lesson's own link to its quiz (the class's assignment may be another lesson than --slug).
        String quiz = tab.findAll(a -> a.tag().equals("a") && Optional.ofNullable(a.attribute("href")).orElse("")
                        .matches("/?lessons/[^/?#]+/quiz")).stream().map(a -> a.attribute("href").replaceFirst("^/", ""))
                .findFirst().orElse("lessons/" + slug + "/quiz");
        tab.navigate("quiz: open (link)", quiz);
        think(end);
        tab.button("Start the quiz").ifPresent(start -> click(tab, "quiz: start", start));
        for (int question = 0; question < 200 && !late(end); question++) {
            List<VaadinClient.Node> cards = tab.findAll(node -> node.hasClass("question-card"));
            if (cards.isEmpty()) {
                throw new IOException("no question shown");
            }
            answer(tab, cards.get(0), "quiz");
            think(end);
            Matcher at = Pattern.compile("(\\d+)\\D+(\\d+)").matcher(tab.byId("question-position").map(tab::text).orElse(""));
            if (at.find() && Integer.parseInt(at.group(1)) < Integer.parseInt(at.group(2))) {
                tab.click("quiz: next question", need(tab.button("Next question"), "Next question"));
            } else {
                tab.click("quiz: finish", need(tab.byId("finish-quiz"), "finish-quiz"));
                Optional<VaadinClient.Node> confirm = tab.findAll(d -> d.tag().equals("vaadin-confirm-dialog")).stream().findFirst();
                if (confirm.isPresent()) {
                    tab.event("quiz: confirm finish", confirm.get(), "confirm");
                }
                break;
            }
        }
    }

    private static int stepsOf(VaadinClient tab) {
        String position = tab.byId("step-position").map(tab::text).orElse("");
        Matcher m = Pattern.compile("(\\d+)\\D+(\\d+)").matcher(position);
        return m.find() ? Integer.parseInt(m.group(2)) : 1;
    }

    /** Answers a question card with what its field takes, then saves it. */
    private void answer(VaadinClient tab, VaadinClient.Node card, String where) throws IOException, InterruptedException {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        Optional<VaadinClient.Node> radio = tab.find(card, n -> n.tag().equals("vaadin-radio-group")).stream().findFirst();
        Optional<VaadinClient.Node> boxes = tab.find(card, n -> n.tag().equals("vaadin-checkbox-group")).stream().findFirst();
        Optional<VaadinClient.Node> written = tab.find(card, n -> n.tag().equals("vaadin-text-area")).stream().findFirst();
        if (radio.isPresent()) {
            List<String> values = tab.find(radio.get(), n -> n.tag().equals("vaadin-radio-button"))
                    .stream().map(n -> n.property("value")).filter(v -> v != null).toList();
            if (!values.isEmpty()) {
                tab.setValue(where + ": choose", radio.get(), text(values.get(random.nextInt(values.size()))));
            }
        } else if (boxes.isPresent()) {
            List<String> values = tab.find(boxes.get(), n -> n.tag().equals("vaadin-checkbox"))
                    .stream().map(n -> n.property("value")).filter(v -> v != null).toList();
            if (!values.isEmpty()) {
                var chosen = JsonNodeFactory.instance.arrayNode();
                chosen.add(values.get(random.nextInt(values.size())));
                tab.setValue(where + ": choose", boxes.get(), chosen);
            }
        } else if (!tab.find(card, n -> n.tag().equals("vaadin-select")).isEmpty()) {
            for (VaadinClient.Node select : tab.find(card, n -> n.tag().equals("vaadin-select"))) {
                int items = Math.max(1, tab.find(select, n -> n.tag().equals("vaadin-select-item")).size());
                tab.setValue(where + ": match", select, text(String.valueOf(1 + random.nextInt(items))));
            }
        } else if (written.isPresent()) {
            tab.setValue(where + ": write", written.get(), text("The reporter names a spokesperson but gives no"
                    + " document; an unnamed official adds the rest, so the claim rests on the ministry alone."));
        }
        boolean marks = !tab.find(card, n -> n.tag().equals("cr-span-marker")).isEmpty();
        Optional<VaadinClient.Node> save = tab.button(card, "Save");
        if (save.isPresent()) {
            // Highlight questions are saved without a mark (the driver does not drag across words): the
            // server answers with its "mark a phrase first" message, a full round trip all the same.
            tab.click(where + (marks ? ": save (highlight, no mark)" : ": save answer"), save.get());
            String message = tab.find(card, n -> n.hasClass("question-message")).stream().findFirst()
                    .map(tab::text).orElse("");
            if (!marks && !message.startsWith("Saved")) {
                stats.error(where + " answer not taken: " + message);
            }
        }
    }

    /** A teacher who keeps the live dashboard open; the tab asks for what changed every few seconds. */
    private void teacher(String dashboard, long end) {
        try {
            VaadinClient tab = login();
            tab.open("dashboard: open", dashboard);
            while (!late(end) && !(finished.get() >= Integer.parseInt(options.getOrDefault("students", "1"))
                    && active.get() == 0)) {
                Thread.sleep(2000);
                tab.poll("dashboard: fetch changes");
            }
        } catch (Exception e) {
            stats.error("teacher: " + e);
        }
    }

    // ---- the class the students join ----------------------------------------------------------------

    private VaadinClient login() throws IOException, InterruptedException {
        String teacher = options.getOrDefault("teacher", "load-teacher");
        String password = options.getOrDefault("password", Optional.ofNullable(System.getenv("LOAD_TEACHER_PASSWORD"))
                .orElse("load-teacher-password"));
        VaadinClient tab = new VaadinClient(http, base, stats);
        tab.open("teacher: login page", "login");
        int status = tab.postForm("teacher: log in", "/login", Map.of("username", teacher, "password", password));
        if (status != 302) {
            throw new IOException("login failed: HTTP " + status);
        }
        return tab;
    }

    /** Logs in, creates a class, assigns the lesson; returns the join code and the dashboard's route. */
    private String[] setUpClass() throws IOException, InterruptedException {
        VaadinClient tab = login();
        tab.open("teacher: classes", "teacher/classes");
        if (tab.byId("class-name").isEmpty()) {
            throw new IOException("not logged in as a teacher: start the server with --closeread.create-teacher="
                    + options.getOrDefault("teacher", "load-teacher") + " (see docs/performance.md)");
        }
        tab.setValue("teacher: class name", tab.byId("class-name").get(), text("Load " + Instant.now()));
        tab.click("teacher: create class", need(tab.byId("create-class"), "create-class"));
        String code = tab.byId("class-code").map(tab::text).orElseThrow(() -> new IOException("no class code shown"))
                .replaceAll(".*?([A-Z0-9]{3}-?[A-Z0-9]{3}).*", "$1");
        VaadinClient.Node lesson = need(tab.byId("assign-lesson"), "assign-lesson");
        String classPath = tab.location;
        // A Select's items are keyed 1, 2, ...: choose the lesson by its title's position is not needed with one lesson.
        tab.setValue("teacher: choose lesson", lesson, text("1"));
        tab.click("teacher: assign", need(tab.byId("assign-button"), "assign-button"));
        String live = tab.findAll(n -> n.tag().equals("a") && Optional.ofNullable(n.attribute("href")).orElse("").contains("/live/"))
                .stream().map(n -> n.attribute("href")).reduce((a, b) -> b)
                .orElseThrow(() -> new IOException("no dashboard link on " + classPath));
        return new String[] {code, live.replaceFirst("^/", "")};
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private static JsonNode text(String value) {
        return JsonNodeFactory.instance.stringNode(value);
    }

    private void click(VaadinClient tab, String action, VaadinClient.Node node) {
        try {
            tab.click(action, node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static VaadinClient.Node need(Optional<VaadinClient.Node> node, String what) throws IOException {
        return node.orElseThrow(() -> new IOException(what + " not found on the page"));
    }

    private void think(long end) throws InterruptedException {
        double seconds = thinkMin + ThreadLocalRandom.current().nextDouble() * Math.max(0, thinkMax - thinkMin);
        long until = Math.min(end, System.currentTimeMillis() + (long) (seconds * 1000));
        Thread.sleep(Math.max(0, until - System.currentTimeMillis()));
    }

    private boolean late(long end) {
        return System.currentTimeMillis() >= end || stopping.get();
    }

    private static boolean sleepUntil(long at, long end) {
        try {
            Thread.sleep(Math.max(0, Math.min(at, end) - System.currentTimeMillis()));
        } catch (InterruptedException e) {
            return false;
        }
        return System.currentTimeMillis() < end;
    }

    /** Every 5 s: the server's CPU (share of the machine's cores) and used heap, from /proc and jstat. */
    private void sampleServer() {
        String pid = options.get("pid");
        if (pid == null) {
            return;
        }
        long hz = 100;
        long lastTicks = -1;
        long lastAt = 0;
        while (!stopping.get()) {
            try {
                String[] stat = Files.readString(Path.of("/proc/" + pid + "/stat")).replaceAll(".*\\) ", "").split(" ");
                long ticks = Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
                long now = System.currentTimeMillis();
                double heapMb = heapUsedMb(pid);
                if (lastTicks >= 0) {
                    double cpu = (ticks - lastTicks) / (double) hz / ((now - lastAt) / 1000.0);
                    synchronized (server) {
                        server.add(new double[] {(now - stats.started) / 1000.0, cpu * 100, heapMb});
                    }
                }
                lastTicks = ticks;
                lastAt = now;
                Thread.sleep(5000);
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                stats.error("sampling the server: " + e);
                return;
            }
        }
    }

    private static double heapUsedMb(String pid) throws IOException, InterruptedException {
        Process jstat = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jstat").toString(), "-gc", pid)
                .redirectErrorStream(true).start();
        List<String> lines = new String(jstat.getInputStream().readAllBytes()).lines().toList();
        jstat.waitFor();
        if (lines.size() < 2) {
            return -1;
        }
        String[] head = lines.get(0).trim().split("\\s+");
        String[] row = lines.get(1).trim().split("\\s+");
        double kb = 0;
        for (int i = 0; i < head.length && i < row.length; i++) {
            if (List.of("S0U", "S1U", "EU", "OU").contains(head[i])) {
                kb += Double.parseDouble(row[i]);
            }
        }
        return kb / 1024;
    }

    // ---- report -----------------------------------------------------------------------------------

    private void report(long start, long end) throws IOException {
        String scenario = options.getOrDefault("scenario", "custom");
        Path out = Path.of(options.getOrDefault("out", "target/load"));
        Files.createDirectories(out);
        List<Stats.Sample> samples = stats.samples();
        double seconds = (end - start) / 1000.0;
        StringBuilder md = new StringBuilder();
        md.append("### ").append(scenario).append(" — ").append(Instant.ofEpochMilli(start)).append("\n\n");
        md.append(String.format(Locale.ROOT, "Machine: %d cores, load average %s at the end; driver on the same machine. "
                        + "Options: %s.%n%n", Runtime.getRuntime().availableProcessors(),
                Files.readString(Path.of("/proc/loadavg")).trim().replaceAll(" \\S+ \\S+$", ""), options));
        md.append(String.format(Locale.ROOT, "%d requests in %.0f s (%.1f a second), %d failed; users: %d finished.%n%n",
                samples.size(), seconds, samples.size() / seconds, samples.stream().filter(s -> !s.ok()).count(),
                finished.get()));
        md.append("| action | count | errors | p50 ms | p95 ms | p99 ms | max ms | mean KB |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Stats.Summary s : stats.summaries()) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f |%n", s.action(),
                    s.count(), s.errors(), s.p50(), s.p95(), s.p99(), s.max(), s.meanBytes() / 1024));
        }
        List<Stats.Sample> uidl = samples.stream().filter(s -> !s.action().contains("open") && !s.action().contains("log")
                && !s.action().contains("page")).toList();
        Stats.Summary interactions = Stats.summary("interactions", uidl);
        md.append(String.format(Locale.ROOT, "%nUIDL interactions (everything but page loads): p50 %.1f ms, p95 %.1f ms,"
                + " p99 %.1f ms over %d requests.%n", interactions.p50(), interactions.p95(), interactions.p99(),
                interactions.count()));
        synchronized (server) {
            if (!server.isEmpty()) {
                double cpuMean = server.stream().mapToDouble(r -> r[1]).average().orElse(0);
                double cpuMax = server.stream().mapToDouble(r -> r[1]).max().orElse(0);
                double heapMax = server.stream().mapToDouble(r -> r[2]).max().orElse(0);
                md.append(String.format(Locale.ROOT, "%nServer: CPU mean %.0f %%, max %.0f %% (100 %% = one core);"
                        + " used heap max %.0f MB.%n", cpuMean, cpuMax, heapMax));
            }
        }
        if (!stats.errors.isEmpty()) {
            md.append("\nFirst errors:\n");
            stats.errors.stream().limit(10).forEach(e -> md.append("- ").append(e.replace('|', '/')).append('\n'));
        }
        String name = scenario + "-" + Instant.ofEpochMilli(start).toString().replace(':', '-').replaceAll("\\..*", "");
        Files.writeString(out.resolve(name + ".md"), md);
        Files.writeString(out.resolve(name + ".svg"), chart(samples, start, seconds, scenario));
        System.out.println(md);
        System.out.println("Report: " + out.resolve(name + ".md") + " and " + out.resolve(name + ".svg"));
    }

    /** Requests a second and p95 per 10-second slice, with the server's CPU where sampled. */
    private String chart(List<Stats.Sample> samples, long start, double seconds, String scenario) {
        int slice = seconds > 120 ? 10 : 2;
        int n = Math.max(1, (int) Math.ceil(seconds / slice));
        List<List<Stats.Sample>> slices = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            slices.add(new ArrayList<>());
        }
        for (Stats.Sample s : samples) {
            int i = (int) Math.min(n - 1, Math.max(0, (s.atMillis() - start) / 1000 / slice));
            slices.get(i).add(s);
        }
        double[] rate = new double[n];
        double[] p95 = new double[n];
        for (int i = 0; i < n; i++) {
            rate[i] = slices.get(i).size() / (double) slice;
            p95[i] = Stats.pct(Stats.sortedMillis(slices.get(i)), 95);
        }
        double maxRate = Math.max(1, java.util.Arrays.stream(rate).max().orElse(1));
        double maxP95 = Math.max(10, java.util.Arrays.stream(p95).max().orElse(10));
        int w = 760, h = 300, left = 60, right = 60, top = 40, bottom = 40;
        double pw = w - left - right, ph = h - top - bottom;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns='http://www.w3.org/2000/svg' width='%d' height='%d' "
                + "font-family='sans-serif' font-size='12'>%n<rect width='100%%' height='100%%' fill='white'/>%n", w, h));
        svg.append(String.format(Locale.ROOT, "<text x='%d' y='20' font-size='14'>%s: requests a second (blue, left) and p95 ms"
                + " (red, right), %d-s slices</text>%n", left, scenario, slice));
        svg.append(String.format(Locale.ROOT, "<line x1='%d' y1='%d' x2='%d' y2='%d' stroke='#333'/>%n", left, h - bottom, w - right, h - bottom));
        StringBuilder blue = new StringBuilder(), red = new StringBuilder();
        for (int i = 0; i < n; i++) {
            double x = left + pw * (i + 0.5) / n;
            blue.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, top + ph * (1 - rate[i] / maxRate)));
            red.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, top + ph * (1 - p95[i] / maxP95)));
        }
        svg.append("<polyline fill='none' stroke='#1d4ed8' stroke-width='2' points='").append(blue).append("'/>\n");
        svg.append("<polyline fill='none' stroke='#b91c1c' stroke-width='2' points='").append(red).append("'/>\n");
        svg.append(String.format(Locale.ROOT, "<text x='4' y='%d' fill='#1d4ed8'>%.0f/s</text>%n", top + 4, maxRate));
        svg.append(String.format(Locale.ROOT, "<text x='%d' y='%d' fill='#b91c1c'>%.0f ms</text>%n", w - right + 4, top + 4, maxP95));
        svg.append(String.format(Locale.ROOT, "<text x='%d' y='%d'>0</text><text x='%d' y='%d'>%.0f s</text>%n",
                left, h - bottom + 16, w - right - 30, h - bottom + 16, seconds));
        svg.append("</svg>\n");
        return svg.toString();
    }
}
