package org.closeread.lesson.ui;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.closeread.lesson.GlossaryTerm;

/**
 * Marks a lesson's glossary terms where they occur (whole words, any case; the first occurrence of a
 * term in each block or explanation) as inline definitions: a button that shows and hides its
 * definition (aria-expanded), the definition described to screen readers by aria-describedby whether
 * shown or not. The button works without the server: {@code reading-aids.js} toggles it.
 */
final class GlossaryMarks {

    /**
     * One compiled pattern per glossary, shared by every page that marks it: the lesson's term list is
     * the same object for all readers of a lesson, and a pattern over a dozen terms is a few kilobytes.
     */
    private static final Cache<List<GlossaryTerm>, Optional<Pattern>> PATTERNS =
            Caffeine.newBuilder().weakKeys().build();

    static final GlossaryMarks NONE = new GlossaryMarks(List.of(), "none");

    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private final List<GlossaryTerm> terms;
    private final Pattern pattern;
    private final String prefix;
    private int next;


    /** @param prefix makes the definitions' ids unique on a page where two of these mark text */
    GlossaryMarks(List<GlossaryTerm> terms, String prefix) {
        this.terms = List.copyOf(terms);
        this.prefix = prefix;
        this.pattern = PATTERNS.get(this.terms, GlossaryMarks::compile).orElse(null);
    }

    private GlossaryMarks(GlossaryMarks marks, String prefix) {
        this.terms = marks.terms;
        this.prefix = prefix;
        this.pattern = marks.pattern;
    }

    /** The same terms, with ids of their own (for one block of the article, say). */
    GlossaryMarks withPrefix(String newPrefix) {
        return new GlossaryMarks(this, newPrefix);
    }

    private static Optional<Pattern> compile(List<GlossaryTerm> terms) {
        List<String> forms = terms.stream().flatMap(t -> t.allForms().stream())
                .sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).toList();
        return forms.isEmpty() ? Optional.empty() : Optional.of(Pattern.compile("(?<![\\p{L}\\p{N}-])("
                + String.join("|", forms) + ")(?![\\p{L}\\p{N}-])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    /** One found term: where it is in the text and which glossary entry it belongs to. */
    record Found(int start, int end, GlossaryTerm term) {
    }

    /** The terms found in a text: each term once (its first occurrence), in reading order. */
    List<Found> find(String text) {
        if (pattern == null || text.isEmpty()) {
            return List.of();
        }
        Set<String> seen = new HashSet<>();
        Matcher matcher = pattern.matcher(text);
        java.util.ArrayList<Found> found = new java.util.ArrayList<>();
        while (matcher.find()) {
            GlossaryTerm term = termOf(matcher.group(1));
            if (term != null && seen.add(term.term())) {
                found.add(new Found(matcher.start(1), matcher.end(1), term));
            }
        }
        return found;
    }

    private GlossaryTerm termOf(String form) {
        String lower = form.toLowerCase(Locale.ROOT);
        return terms.stream().filter(t -> t.allForms().stream().anyMatch(f -> f.toLowerCase(Locale.ROOT).equals(lower)))
                .findFirst().orElse(null);
    }

    /** Appends the text, escaped, to {@code out} as HTML, with its glossary terms marked. */
    void appendHtml(StringBuilder out, String text) {
        int at = 0;
        for (Found found : find(text)) {
            out.append(escape(text.substring(at, found.start())));
            term(out, nextId(), escape(text.substring(found.start(), found.end())), found.term());
            at = found.end();
        }
        out.append(escape(text.substring(at)));
    }

    private static void term(StringBuilder out, String id, String escapedWords, GlossaryTerm term) {
        out.append("<button type=\"button\" class=\"gloss-term\" aria-expanded=\"false\" aria-describedby=\"")
                .append(id).append("\">").append(escapedWords).append("</button><span class=\"gloss-def\" id=\"")
                .append(id).append("\" hidden>").append(escape(term.definition())).append("</span>");
    }

    /**
     * The same marking in sanitised HTML (an explanation or a step's text): only the text between tags is
     * searched, never inside a link. The terms and definitions are escaped.
     */
    String html(String html) {
        if (pattern == null) {
            return html;
        }
        StringBuilder out = new StringBuilder();
        Matcher tags = TAG.matcher(html);
        Set<String> seen = new HashSet<>();
        int at = 0;
        boolean inLink = false;
        while (true) {
            boolean more = tags.find();
            int end = more ? tags.start() : html.length();
            String text = html.substring(at, end);
            out.append(inLink ? text : markEscaped(text, seen));
            if (!more) {
                break;
            }
            String tag = tags.group().toLowerCase(Locale.ROOT);
            if (tag.startsWith("<a ") || tag.equals("<a>") || tag.startsWith("<button")) {
                inLink = true;
            } else if (tag.startsWith("</a") || tag.startsWith("</button")) {
                inLink = false;
            }
            out.append(tags.group());
            at = tags.end();
        }
        return out.toString();
    }

    private String markEscaped(String escaped, Set<String> seen) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        Matcher matcher = pattern.matcher(escaped);
        while (matcher.find()) {
            GlossaryTerm term = termOf(matcher.group(1));
            if (term == null || !seen.add(term.term())) {
                continue;
            }
            out.append(escaped, at, matcher.start(1));
            term(out, nextId(), matcher.group(1), term);
            at = matcher.end(1);
        }
        return out.append(escaped.substring(at)).toString();
    }

    private String nextId() {
        return "gloss-" + prefix + "-" + (next++);
    }

    static String escape(String text) {
        return text.chars().mapToObj(c -> switch (c) {
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '&' -> "&amp;";
            case '"' -> "&quot;";
            default -> String.valueOf((char) c);
        }).collect(Collectors.joining());
    }

    List<GlossaryTerm> terms() {
        return terms;
    }
}
