package org.closeread.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every static file a page asks for (Vaadin's bundle, our scripts and styles, the icon) is served as it
 * is, to anyone: never sent through the login redirect, never missing. The browser opens the student
 * pages; then each same-origin file it loaded, and the fixed ones below, is fetched without a session
 * and without following redirects.
 */
class StaticResourcesBrowserTest extends AppBrowserTest {

    private static final String SLUG = "china-russia-defence-ministers";

    @Test
    void no_static_resource_is_answered_with_a_redirect_or_is_missing() throws Exception {
        Set<String> paths = new LinkedHashSet<>(List.of("/favicon.ico", "/js/span-marker.js", "/styles/closeread.css"));
        for (String page : List.of("", "lessons/" + SLUG, "lessons/" + SLUG + "/quiz")) {
            open(page);
            @SuppressWarnings("unchecked")
            List<String> loaded = (List<String>) driver.executeScript(
                    "return performance.getEntriesByType('resource').map(e => e.name)"
                    + ".concat([...document.querySelectorAll('link[href]')].map(l => l.href))"
                    + ".filter(u => u.startsWith(location.origin)).map(u => new URL(u).pathname + new URL(u).search)"
                    + ".filter(p => !p.includes('v-r=') && !p.startsWith('/VAADIN/push'))");
            paths.addAll(loaded);
        }
        assertThat(paths).as("the pages load Vaadin's bundle and the favicon")
                .anyMatch(p -> p.startsWith("/VAADIN/")).contains("/favicon.ico");

        List<String> wrong = new ArrayList<>();
        try (HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()) {
            for (String path : paths) {
                HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                String location = response.headers().firstValue("Location").orElse("");
                if (response.statusCode() != 200 || location.contains("login") || response.body().length == 0) {
                    wrong.add(path + " -> " + response.statusCode() + " " + location);
                }
            }
        }
        assertThat(wrong).as("static files answered otherwise than 200").isEmpty();
    }

    @Test
    void the_pages_link_a_real_icon() throws Exception {
        open("");
        Object href = driver.executeScript("const l = document.querySelector('link[rel=icon]'); return l && l.href;");
        assertThat(href).asString().endsWith("/favicon.ico");
        try (HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()) {
            HttpResponse<byte[]> icon = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/favicon.ico")).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(icon.statusCode()).isEqualTo(200);
            // An ICO file: reserved 0, type 1 (icon), at least one image.
            byte[] body = icon.body();
            assertThat(body.length).isGreaterThan(6);
            assertThat(new byte[] {body[0], body[1], body[2], body[3]}).containsExactly(0, 0, 1, 0);
            assertThat(body[4]).isPositive();
        }
    }
}
