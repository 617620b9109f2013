package org.closeread.guide;

import java.util.List;
import org.closeread.base.SafeMarkdown;
import org.closeread.lesson.GlossaryTerm;

/**
 * The teacher's guide as one HTML document: the same content on screen and on paper, with a print
 * stylesheet (no navigation, page breaks before the answer key, links printed plainly). Every text from
 * the lesson is escaped; Markdown fields go through {@link SafeMarkdown}.
 */
public final class GuideHtml {

    private GuideHtml() {
    }

    /** The guide's body (no {@code <html>}), for a page of the app or the printable document. */
    public static String body(TeacherGuide guide, Words words, String pdfHref, String printHref) {
        StringBuilder h = new StringBuilder("<article class=\"teacher-guide\">");
        h.append("<header><p class=\"guide-kicker\">").append(e(words.get("guide.kicker"))).append("</p><h1>")
                .append(e(guide.title())).append("</h1><p class=\"guide-source\">")
                .append(e(guide.articleTitle())).append(" · ").append(e(guide.outlet()))
                .append(guide.date().isEmpty() ? "" : " · " + e(guide.date())).append("</p>");
        if (pdfHref != null) {
            h.append("<p class=\"guide-actions\"><a class=\"guide-pdf\" href=\"").append(e(pdfHref)).append("\">")
                    .append(e(words.get("guide.pdf"))).append("</a>");
            if (printHref != null) {
                h.append(" · <a class=\"guide-print\" href=\"").append(e(printHref)).append("\" target=\"_blank\">")
                        .append(e(words.get("guide.print"))).append("</a>");
            } else {
                h.append(" · <span class=\"guide-print-hint\">").append(e(words.get("guide.print.hint"))).append("</span>");
            }
            h.append("</p>");
        }
        h.append("</header>");
        section(h, words.get("guide.objectives"));
        list(h, guide.objectives());
        if (!guide.skills().isEmpty()) {
            h.append("<p><strong>").append(e(words.get("guide.skills"))).append("</strong> ")
                    .append(e(String.join(" · ", guide.skills()))).append("</p>");
        }
        section(h, words.get("guide.paths"));
        h.append("<p>").append(e(guide.twoPaths()
                ? words.get("guide.paths.two", guide.core().roundedMinutes(), guide.full().roundedMinutes(), guide.minutes())
                : words.get("guide.paths.one", guide.full().roundedMinutes(), guide.minutes()))).append("</p>");
        h.append("<p class=\"guide-timing\">").append(e(words.get("guide.timing", number(guide.timing().wordsPerMinute()),
                number(guide.timing().perQuestion())))).append(guide.timing().note().isEmpty() ? ""
                : " " + e(guide.timing().note())).append("</p>");
        h.append("<table class=\"guide-steps\"><thead><tr><th scope=\"col\">").append(e(words.get("guide.step")))
                .append("</th><th scope=\"col\">").append(e(words.get("guide.core-minutes")))
                .append("</th><th scope=\"col\">").append(e(words.get("guide.full-minutes"))).append("</th></tr></thead><tbody>");
        h.append("<tr><td>").append(e(words.get("guide.article-reading", guide.core().articleWords()))).append("</td><td>")
                .append(rounded(guide.core().articleMinutes())).append("</td><td>")
                .append(rounded(guide.full().articleMinutes())).append("</td></tr>");
        for (TeacherGuide.StepRow step : guide.steps()) {
            h.append("<tr><td>").append(e(step.title())).append(" <span class=\"guide-lens\">(").append(e(step.lens()))
                    .append(")</span></td><td>").append(step.coreMinutes().map(String::valueOf)
                            .orElse(e(words.get("guide.extension-only")))).append("</td><td>").append(step.fullMinutes())
                    .append("</td></tr>");
        }
        h.append("<tr><td>").append(e(words.get("guide.quiz-row", guide.core().quizQuestions(), guide.full().quizQuestions())))
                .append("</td><td>").append(rounded(guide.core().quizMinutes())).append("</td><td>")
                .append(rounded(guide.full().quizMinutes())).append("</td></tr>");
        h.append("<tr class=\"guide-total\"><th scope=\"row\">").append(e(words.get("guide.total"))).append("</th><td>")
                .append(guide.core().roundedMinutes()).append("</td><td>").append(guide.full().roundedMinutes())
                .append("</td></tr></tbody></table>");
        section(h, words.get("guide.answer-key"));
        h.append("<p>").append(e(words.get("guide.answer-key.intro"))).append("</p>");
        keys(h, guide.quiz(), words);
        if (!guide.exercises().isEmpty()) {
            h.append("<h3>").append(e(words.get("guide.exercises"))).append("</h3>");
            keys(h, guide.exercises(), words);
        }
        if (!guide.discussion().isEmpty()) {
            section(h, words.get("guide.discussion"));
            h.append("<ol>");
            guide.discussion().forEach(d -> h.append("<li>").append(SafeMarkdown.toHtml(d)).append("</li>"));
            h.append("</ol>");
        }
        if (!guide.notes().support().isEmpty() || !guide.notes().stretch().isEmpty()) {
            section(h, words.get("guide.differentiation"));
            h.append("<h3>").append(e(words.get("guide.support"))).append("</h3>");
            list(h, guide.notes().support());
            h.append("<h3>").append(e(words.get("guide.stretch"))).append("</h3>");
            list(h, guide.notes().stretch());
        }
        if (!guide.notes().note().isEmpty()) {
            section(h, words.get("guide.note"));
            h.append(SafeMarkdown.toHtml(guide.notes().note()));
        }
        if (!guide.glossary().isEmpty()) {
            section(h, words.get("glossary.heading"));
            h.append("<dl class=\"guide-glossary\">");
            for (GlossaryTerm term : guide.glossary()) {
                h.append("<dt>").append(e(term.term())).append("</dt><dd>").append(e(term.definition())).append("</dd>");
            }
            h.append("</dl>");
        }
        return h.append("</article>").toString();
    }

    /** A whole printable document: the body and the stylesheet for screen and paper. */
    public static String document(TeacherGuide guide, Words words, String pdfHref) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\""
                + " content=\"width=device-width, initial-scale=1\"><title>" + e(words.get("guide.page-title", guide.title()))
                + "</title><link rel=\"stylesheet\" href=\"/styles/teacher-guide.css\"></head><body>"
                + body(guide, words, pdfHref, null) + "</body></html>";
    }

    private static void keys(StringBuilder h, List<TeacherGuide.Key> keys, Words words) {
        h.append("<ol class=\"guide-keys\">");
        for (TeacherGuide.Key key : keys) {
            h.append("<li class=\"guide-key\"><p class=\"guide-prompt\">").append(e(key.prompt()));
            h.append(" <span class=\"guide-tags\">");
            if (!key.where().isEmpty()) {
                h.append("<span class=\"guide-tag\">").append(e(key.where())).append("</span>");
            }
            h.append("<span class=\"guide-tag\">").append(e(words.get(key.extension() ? "guide.tag.extension"
                    : "guide.tag.core"))).append("</span>");
            if (key.discernment()) {
                h.append("<span class=\"guide-tag guide-tag-discernment\">").append(e(words.get("guide.tag.discernment")))
                        .append("</span>");
            }
            if (key.transfer()) {
                h.append("<span class=\"guide-tag guide-tag-transfer\">").append(e(words.get("guide.tag.transfer")))
                        .append("</span>");
            }
            h.append("</span></p><p class=\"guide-answer\"><strong>").append(e(words.get("guide.answer")))
                    .append("</strong> ");
            h.append(e(String.join(" · ", key.answer().stream().map(a -> answerWord(a, key, words)).toList())));
            h.append("</p><div class=\"guide-explanation\">").append(SafeMarkdown.toHtml(key.explanation()))
                    .append("</div></li>");
        }
        h.append("</ol>");
    }

    static String answerWord(String answer, TeacherGuide.Key key, Words words) {
        if ("truefalse".equals(key.type()) && (TeacherGuide.TRUE.equals(answer) || TeacherGuide.FALSE.equals(answer))) {
            return words.get("guide." + answer);
        }
        return answer;
    }

    private static void section(StringBuilder h, String title) {
        h.append("<h2>").append(e(title)).append("</h2>");
    }

    private static void list(StringBuilder h, List<String> items) {
        h.append("<ul>");
        items.forEach(i -> h.append("<li>").append(e(i)).append("</li>"));
        h.append("</ul>");
    }

    static String rounded(double minutes) {
        return String.valueOf((int) Math.ceil(minutes - 1e-9));
    }

    static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    static String e(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
