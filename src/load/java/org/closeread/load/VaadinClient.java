package org.closeread.load;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser tab, without a browser: Vaadin Flow's client protocol over plain HTTP. It loads the page,
 * asks for the UI ({@code ?v-r=init}), navigates with the {@code ui-navigate} event and then sends UIDL
 * requests ({@code ?v-r=uidl}) with the security key, {@code syncId} and {@code clientId} Vaadin expects.
 * The state tree the server sends is kept, so buttons and fields are found by their id, tag and text.
 */
final class VaadinClient {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final int TAG = 0, PROPERTIES = 1, CHILDREN = 2, ATTRIBUTES = 3, LISTENERS = 4, TEXT = 7;

    /** One node of the server's state tree. */
    static final class Node {
        final int id;
        final Map<Integer, Map<String, JsonNode>> maps = new HashMap<>();
        final Map<Integer, List<JsonNode>> lists = new HashMap<>();

        Node(int id) {
            this.id = id;
        }

        String tag() {
            JsonNode tag = map(TAG).get("tag");
            return tag == null ? "" : tag.asString();
        }

        Map<String, JsonNode> map(int feature) {
            return maps.computeIfAbsent(feature, f -> new HashMap<>());
        }

        List<JsonNode> list(int feature) {
            return lists.computeIfAbsent(feature, f -> new ArrayList<>());
        }

        String attribute(String name) {
            JsonNode value = map(ATTRIBUTES).get(name);
            return value == null ? null : value.asString();
        }

        String property(String name) {
            JsonNode value = map(PROPERTIES).get(name);
            return value == null ? null : value.asString();
        }

        boolean hasClass(String name) {
            for (Map.Entry<Integer, List<JsonNode>> list : lists.entrySet()) {
                if (list.getKey() != CHILDREN && list.getValue().stream().anyMatch(v -> v.isString() && v.asString().equals(name))) {
                    return true;
                }
            }
            String attribute = attribute("class");
            return attribute != null && List.of(attribute.split(" ")).contains(name);
        }
    }

    private final HttpClient http;
    private final String base;
    private final Stats stats;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final Map<Integer, Node> nodes = new HashMap<>();
    private final Map<String, JsonNode> constants = new HashMap<>();
    private String securityKey;
    private int uiId;
    private int syncId;
    private int clientId;
    private String csrfMeta;
    /** The route the UI shows now (after server-side navigation too). */
    String location = "";

    VaadinClient(HttpClient http, String base, Stats stats) {
        this.http = http;
        this.base = base;
        this.stats = stats;
    }

    // ---- page, init, navigation --------------------------------------------------------------------

    /** Loads the page at {@code route} as a browser would: the HTML, the UI, then the navigation to it. */
    void open(String action, String route) throws IOException, InterruptedException {
        long start = System.nanoTime();
        try {
            load(action, route, start);
        } catch (IOException | RuntimeException e) {
            stats.record(action, System.nanoTime() - start, 0, false);
            throw e;
        }
    }

    private void load(String action, String route, long start) throws IOException, InterruptedException {
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/" + route)).GET()
                .header("Accept", "text/html"), HttpResponse.BodyHandlers.ofString());
        expect(page, "page " + route);
        Matcher csrf = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
        csrfMeta = csrf.find() ? csrf.group(1) : null;
        int[] parts = split(route);
        String path = route.substring(0, parts[0]);
        String query = route.substring(parts[0] + (parts[0] < route.length() ? 1 : 0));
        HttpResponse<String> init = send(HttpRequest.newBuilder(uri("/?v-r=init&location=" + enc(path) + "&query=" + enc(query)))
                .GET().header("Accept", "application/json"), HttpResponse.BodyHandlers.ofString());
        expect(init, "init " + route);
        JsonNode config = JSON.readTree(init.body()).path("appConfig");
        nodes.clear();
        constants.clear();
        uiId = config.path("v-uiId").asInt();
        JsonNode uidl = config.path("uidl");
        securityKey = uidl.path("Vaadin-Security-Key").asString();
        apply(uidl);
        long bytes = page.body().length() + init.body().length();
        ObjectNode data = F.objectNode();
        data.put("route", path);
        data.put("query", query);
        data.put("appShellTitle", "");
        data.set("historyState", F.objectNode().put("idx", 0));
        data.put("trigger", "");
        bytes += uidl(event(1, "ui-navigate", data));
        location = path;
        stats.record(action, System.nanoTime() - start, bytes, true);
    }

    /** Follows a router link: the client-side navigation a click on an in-app link makes. */
    void navigate(String action, String route) throws IOException, InterruptedException {
        int[] parts = split(route);
        String path = route.substring(0, parts[0]);
        String query = route.substring(parts[0] + (parts[0] < route.length() ? 1 : 0));
        ObjectNode data = F.objectNode();
        data.put("route", path);
        data.put("query", query);
        data.put("appShellTitle", "");
        data.set("historyState", F.objectNode().put("idx", 1));
        data.put("trigger", "link");
        timed(action, () -> uidl(event(1, "ui-navigate", data)));
        location = path;
    }

    // ---- interactions ------------------------------------------------------------------------------

    void click(String action, Node node) throws IOException, InterruptedException {
        timed(action, () -> uidl(event(node.id, "click", eventData(node, "click"))));
    }

    /** A DOM event the server listens to on this node, with neutral event data. */
    void event(String action, Node node, String event) throws IOException, InterruptedException {
        timed(action, () -> uidl(event(node.id, event, eventData(node, event))));
    }

    /** Types a value into a field (a text field, a radio or checkbox group) and lets it change. */
    void setValue(String action, Node node, JsonNode value) throws IOException, InterruptedException {
        ArrayNode rpc = F.arrayNode();
        rpc.add(F.objectNode().put("type", "mSync").put("node", node.id).put("feature", PROPERTIES)
                .put("property", "value").set("value", value));
        for (String event : List.of("change", "value-changed")) {
            if (node.map(LISTENERS).containsKey(event)) {
                rpc.add(event(node.id, event, eventData(node, event)).get(0));
            }
        }
        timed(action, () -> uidl(rpc));
    }

    /** An empty UIDL request: what a tab sends to fetch what changed on the server (and as a heartbeat). */
    void poll(String action) throws IOException, InterruptedException {
        timed(action, () -> uidl(F.arrayNode()));
    }

    /** A form post outside Vaadin (the login form), with the page's CSRF token. */
    int postForm(String action, String path, Map<String, String> fields) throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder("_csrf=" + enc(csrfMeta == null ? "" : csrfMeta));
        fields.forEach((k, v) -> body.append('&').append(enc(k)).append('=').append(enc(v)));
        long start = System.nanoTime();
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())), HttpResponse.BodyHandlers.ofString());
        boolean ok = response.statusCode() < 400;
        stats.record(action, System.nanoTime() - start, response.body().length(), ok);
        return response.statusCode();
    }

    // ---- finding things in the state tree -----------------------------------------------------------

    Optional<Node> byId(String id) {
        return nodes.values().stream().filter(n -> id.equals(n.attribute("id")) && attached(n)).findFirst();
    }

    List<Node> find(Node root, Predicate<Node> test) {
        List<Node> found = new ArrayList<>();
        collect(root, test, found, 0);
        return found;
    }

    List<Node> findAll(Predicate<Node> test) {
        Node root = nodes.get(1);
        return root == null ? List.of() : find(root, test);
    }

    private void collect(Node node, Predicate<Node> test, List<Node> found, int depth) {
        if (depth > 200) {
            return;
        }
        if (test.test(node)) {
            found.add(node);
        }
        for (Map.Entry<Integer, List<JsonNode>> list : node.lists.entrySet()) {
            for (JsonNode child : list.getValue()) {
                if (child.isInt()) {
                    Node c = nodes.get(child.asInt());
                    if (c != null) {
                        collect(c, test, found, depth + 1);
                    }
                }
            }
        }
    }

    private boolean attached(Node node) {
        return nodes.containsKey(node.id);
    }

    /** The text of a node and everything under it. */
    String text(Node node) {
        StringBuilder text = new StringBuilder();
        for (Node n : find(node, n -> true)) {
            JsonNode t = n.map(TEXT).get("text");
            if (t != null) {
                text.append(t.asString());
            }
        }
        return text.toString();
    }

    Optional<Node> button(Node root, String label) {
        return find(root, n -> (n.tag().equals("vaadin-button") || n.tag().equals("button")) && text(n).contains(label)
                && !"true".equals(n.property("disabled")) && n.attribute("disabled") == null
                && n.attribute("hidden") == null).stream().findFirst();
    }

    Optional<Node> button(String label) {
        return button(nodes.get(1), label);
    }

    // ---- the protocol ------------------------------------------------------------------------------

    private interface Call {
        long run() throws IOException, InterruptedException;
    }

    private void timed(String action, Call call) throws IOException, InterruptedException {
        long start = System.nanoTime();
        boolean ok = false;
        long bytes = 0;
        try {
            bytes = call.run();
            ok = true;
        } finally {
            stats.record(action, System.nanoTime() - start, bytes, ok);
        }
    }

    private ArrayNode event(int node, String event, JsonNode data) {
        ArrayNode rpc = F.arrayNode();
        rpc.add(F.objectNode().put("type", "event").put("node", node).put("event", event).set("data", data));
        return rpc;
    }

    /** The event data the server asked for (expressions in the listener's constant), with neutral values. */
    private ObjectNode eventData(Node node, String event) {
        ObjectNode data = F.objectNode();
        JsonNode hash = node.map(LISTENERS).get(event);
        JsonNode expressions = hash == null ? null : constants.get(hash.asString());
        if (expressions != null) {
            expressions.propertyNames().forEach(expression -> {
                if (expression.startsWith("event.")) {
                    if (expression.endsWith("Key")) {
                        data.put(expression, false);
                    } else if (expression.equals("event.detail")) {
                        data.put(expression, 1);
                    } else {
                        data.put(expression, 0);
                    }
                }
            });
        }
        return data;
    }

    /** Sends one UIDL request and applies the answer; returns the bytes received. */
    private long uidl(ArrayNode rpc) throws IOException, InterruptedException {
        ObjectNode body = F.objectNode();
        body.put("csrfToken", securityKey);
        body.set("rpc", rpc);
        body.put("syncId", syncId);
        body.put("clientId", clientId);
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())), HttpResponse.BodyHandlers.ofString());
        expect(response, "uidl");
        String text = response.body();
        String dump = System.getProperty("closeread.load.dump");
        if (dump != null) {
            java.nio.file.Files.writeString(java.nio.file.Path.of(dump, "uidl-" + System.nanoTime() + ".json"), text);
        }
        if (text.startsWith("for(;;);")) {
            text = text.substring("for(;;);".length());
        }
        JsonNode answer = JSON.readTree(text);
        JsonNode message = answer.isArray() ? answer.get(0) : answer;
        if (message == null) {
            throw new IOException("empty UIDL answer");
        }
        if (message.path("meta").has("sessionExpired") || message.path("meta").has("appError")) {
            throw new IOException("UIDL error: " + message.path("meta"));
        }
        if (message.has("resynchronize") || message.path("meta").path("async").asBoolean(false) && !message.has("syncId")) {
            throw new IOException("resynchronize asked");
        }
        apply(message);
        return response.body().length();
    }

    private void apply(JsonNode message) {
        if (message.has("syncId")) {
            syncId = message.get("syncId").asInt();
        }
        if (message.has("clientId")) {
            clientId = message.get("clientId").asInt();
        }
        message.path("constants").properties().forEach(e -> constants.put(e.getKey(), e.getValue()));
        for (JsonNode change : message.path("changes")) {
            int id = change.path("node").asInt();
            String type = change.path("type").asString();
            switch (type) {
                case "attach" -> nodes.put(id, new Node(id));
                case "detach" -> nodes.remove(id);
                case "put" -> {
                    Node node = nodes.computeIfAbsent(id, Node::new);
                    JsonNode value = change.has("nodeValue") ? change.get("nodeValue") : change.get("value");
                    node.map(change.path("feat").asInt()).put(change.path("key").asString(), value);
                }
                case "remove" -> Optional.ofNullable(nodes.get(id))
                        .ifPresent(node -> node.map(change.path("feat").asInt()).remove(change.path("key").asString()));
                case "clear" -> Optional.ofNullable(nodes.get(id)).ifPresent(node -> {
                    node.list(change.path("feat").asInt()).clear();
                    node.map(change.path("feat").asInt()).clear();
                });
                case "splice" -> {
                    Node node = nodes.computeIfAbsent(id, Node::new);
                    List<JsonNode> list = node.list(change.path("feat").asInt());
                    int index = Math.min(change.path("index").asInt(), list.size());
                    int remove = change.path("remove").asInt(0);
                    for (int i = 0; i < remove && index < list.size(); i++) {
                        list.remove(index);
                    }
                    JsonNode add = change.has("addNodes") ? change.get("addNodes") : change.path("add");
                    int at = index;
                    for (JsonNode value : add) {
                        list.add(at++, value);
                    }
                }
                default -> { }
            }
        }
    }

    // ---- HTTP --------------------------------------------------------------------------------------

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            request.header("Cookie", String.join("; ", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
        }
        request.timeout(Duration.ofSeconds(60));
        HttpResponse<T> response = http.send(request.build(), handler);
        for (String set : response.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
        return response;
    }

    private static void expect(HttpResponse<?> response, String what) throws IOException {
        if (response.statusCode() != 200) {
            throw new IOException(what + ": HTTP " + response.statusCode());
        }
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static int[] split(String route) {
        int q = route.indexOf('?');
        return new int[] {q < 0 ? route.length() : q};
    }
}
