package org.closeread.base;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Turns text a teacher wrote into HTML that is safe to show: Markdown is rendered, raw HTML is
 * escaped, and the result is cleaned with a jsoup safelist (no scripts, handlers or javascript: links).
 */
public final class SafeMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final Safelist SAFELIST = Safelist.basic()
            .addAttributes("a", "rel", "target")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer nofollow");

    private SafeMarkdown() {
    }

    /** Safe HTML for the given Markdown, wrapped in one {@code div} (Vaadin's Html needs one root). */
    public static String toHtml(String markdown) {
        String html = RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
        return "<div class=\"markdown\">" + Jsoup.clean(html, SAFELIST) + "</div>";
    }
}
