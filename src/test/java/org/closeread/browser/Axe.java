package org.closeread.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.JavascriptExecutor;

/** Runs axe-core (built into test-classes by frontend/build.mjs) in the page and lists what it finds. */
public final class Axe {

    /** WCAG 2.1 levels A and AA. */
    public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    public static final Set<String> SERIOUS_OR_CRITICAL = Set.of("serious", "critical");

    private Axe() {
    }

    /**
     * The violations of the given rule tags inside {@code selector} (or the whole document when null),
     * as "rule (impact): targets — help", keeping only the given impacts.
     */
    @SuppressWarnings("unchecked")
    public static List<String> violations(JavascriptExecutor page, String selector, List<String> tags,
                                          Set<String> impacts) {
        page.executeScript(script());
        List<Map<String, Object>> found = (List<Map<String, Object>>) page.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + "const context = arguments[0] ? document.querySelector(arguments[0]) : document;"
                + "const options = arguments[1].length ? {runOnly: {type: 'tag', values: arguments[1]}} : {};"
                + "axe.run(context, options).then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact,"
                + " help: v.help, targets: v.nodes.map(n => JSON.stringify(n.target)).join(' ')}))),"
                + " e => done([{id: 'axe-error', impact: 'critical', help: String(e), targets: ''}]));",
                selector, tags);
        return found.stream()
                .filter(v -> impacts.isEmpty() || impacts.contains(String.valueOf(v.get("impact"))))
                .map(v -> v.get("id") + " (" + v.get("impact") + "): " + v.get("targets") + " — " + v.get("help"))
                .toList();
    }

    private static String script() {
        try (InputStream axe = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (axe == null) {
                throw new IllegalStateException("axe.min.js is missing: frontend/build.mjs copies it into test-classes");
            }
            return new String(axe.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
