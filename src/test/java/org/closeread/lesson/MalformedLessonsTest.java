package org.closeread.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A generated corpus of broken lesson folders, loaded together with sound ones: each broken folder gives
 * a problem naming its file (and its line where the file has one), and the sound lessons are served.
 */
@SpringBootTest
class MalformedLessonsTest {

    @Autowired
    LessonService lessons;

    @Autowired
    List<LessonPart> parts;

    @Autowired
    LessonLoadReport report;

    @TempDir
    Path folder;

    private static final String ARTICLE = LessonFileReaderTest.ARTICLE;
    private static final String LESSON = LessonFileReaderTest.LESSON;

    /** One broken folder: its article and lesson file (bytes, to allow wrong encodings), and whether a line is known. */
    private record Broken(byte[] article, byte[] lesson, boolean lineKnown) {
    }

    private final Map<String, Broken> corpus = new LinkedHashMap<>();

    private void yaml(String name, UnaryOperator<String> change) {
        corpus.put(name, new Broken(utf8(ARTICLE), utf8(change.apply(LESSON)), true));
    }

    private void article(String name, UnaryOperator<String> change) {
        corpus.put(name, new Broken(utf8(change.apply(ARTICLE)), utf8(LESSON), true));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private void generate() {
        // YAML that does not parse
        yaml("bad-yaml-unclosed-quote", l -> l.replace("title: A demo lesson", "title: \"A demo lesson"));
        yaml("bad-yaml-unclosed-list", l -> l.replace("reveal: [quote-dong]", "reveal: [quote-dong"));
        yaml("bad-yaml-indentation", l -> l.replace("  outlet: Daily", "     outlet: Daily\n  - date"));
        yaml("bad-yaml-tab", l -> l.replace("  outlet: Daily", "\toutlet: Daily"));
        yaml("bad-yaml-colon-in-value", l -> l.replace("title: A demo lesson", "title: a: b: c"));
        // SnakeYAML's alias limit (a "billion laughs" file) names no line: the file is named.
        corpus.put("bad-yaml-alias-flood", new Broken(utf8(ARTICLE), utf8(LESSON + "x: &a [1, 1, 1, 1, 1, 1, 1, 1]\n"
                + "y: &b [" + "*a, ".repeat(60) + "*a]\n"), false));
        yaml("yaml-a-list-not-a-map", l -> "- slug: x\n- title: y\n");
        yaml("yaml-only-a-scalar", l -> "just some words\n");
        // wrong types
        yaml("minutes-not-a-number", l -> l.replace("minutes: 10", "minutes: ten"));
        yaml("misspelt-top-level-key", l -> l.replace("minutes: 10", "minuets: 10"));
        yaml("title-a-list", l -> l.replace("title: A demo lesson", "title: [a, b]"));
        yaml("title-a-map", l -> l.replace("title: A demo lesson", "title:\n  en: A demo lesson"));
        yaml("annotations-not-a-list", l -> l.substring(0, l.indexOf("annotations:")) + "annotations: none\n"
                + l.substring(l.indexOf("steps:")));
        yaml("steps-not-a-list", l -> l.substring(0, l.indexOf("steps:")) + "steps: 5\n");
        yaml("reveal-not-a-list", l -> l.replace("reveal: [ad-2]", "reveal: ad-2: x"));
        yaml("article-date-not-a-date", l -> l.replace("date: 2024-04-26", "date: someday"));
        yaml("occurrence-not-a-number", l -> l.replace("occurrence: 2", "occurrence: second"));
        yaml("article-section-a-string", l -> l.replace("article:\n  title: Ministers meet\n  outlet: Daily\n"
                + "  date: 2024-04-26\n", "article: Ministers meet\n"));
        // missing things
        yaml("missing-title", l -> l.replace("title: A demo lesson\n", ""));
        yaml("missing-steps", l -> l.substring(0, l.indexOf("steps:")));
        yaml("missing-annotation-id", l -> l.replace("  - id: quote-dong\n    lens: quote", "  - lens: quote"));
        yaml("missing-annotation-text", l -> l.replace("    text: \"“We agree,”\"\n", ""));
        yaml("missing-annotation-explanation", l -> l.replace("    explanation: An advert.\n", ""));
        yaml("missing-step-title", l -> l.replace("    title: Who speaks?\n", ""));
        yaml("missing-article-outlet", l -> l.replace("  outlet: Daily\n", ""));
        corpus.put("missing-article-file", new Broken(null, utf8(LESSON), false));
        // duplicates
        yaml("duplicate-annotation-ids", l -> l.replace("- id: ad-2", "- id: quote-dong"));
        yaml("duplicate-step-ids", l -> l.replace("- id: page", "- id: quotes"));
        // anchors and spans
        yaml("anchor-not-in-text", l -> l.replace("text: \"“We agree,”\"", "text: \"We disagree\""));
        yaml("anchor-ambiguous", l -> l.replace("    occurrence: 2\n", ""));
        yaml("anchor-occurrence-too-high", l -> l.replace("occurrence: 2", "occurrence: 7"));
        yaml("anchor-occurrence-zero", l -> l.replace("occurrence: 2", "occurrence: 0"));
        yaml("anchor-empty-span", l -> l.replace("text: \"“We agree,”\"", "text: \"\""));
        yaml("anchor-blank-span", l -> l.replace("text: \"“We agree,”\"", "text: \"   \""));
        yaml("anchor-across-blocks", l -> l.replace("text: \"“We agree,”\"", "text: \"meet “We agree,”\""));
        yaml("reveal-unknown-annotation", l -> l.replace("reveal: [ad-2]", "reveal: [ad-3]"));
        // unknown values
        yaml("unknown-annotation-lens", l -> l.replace("    lens: quote\n    text", "    lens: gossip\n    text"));
        yaml("unknown-step-lens", l -> l.replace("lens: anatomy\n    reveal", "lens: gossip\n    reveal"));
        yaml("unknown-annotation-key", l -> l.replace("part: furniture", "colour: red"));
        yaml("unknown-article-key", l -> l.replace("  outlet: Daily", "  outlet: Daily\n  author: Someone"));
        yaml("id-too-long", l -> l.replace("- id: page", "- id: " + "p".repeat(LessonFileReader.ID_MAX_LENGTH + 1)));
        yaml("title-too-long", l -> l.replace("title: A demo lesson", "title: " + "A".repeat(600)));
        yaml("explanation-too-long", l -> l.replace("explanation: An advert.", "explanation: " + "a".repeat(4100)));
        // a quiz whose keys are wrong
        yaml("quiz-highlight-key-not-in-text", l -> l + """
                quiz:
                  title: Check
                  questions:
                    - id: q1
                      type: highlight
                      prompt: Mark the quote.
                      explanation: The quote.
                      blocks: [p1]
                      targets:
                        - text: Nothing like this
                """);
        yaml("quiz-single-without-a-right-option", l -> l + """
                quiz:
                  title: Check
                  questions:
                    - id: q1
                      type: single
                      prompt: Who?
                      explanation: Dong.
                      options:
                        - text: Dong
                        - text: TASS
                """);
        yaml("quiz-unknown-question-type", l -> l + """
                quiz:
                  title: Check
                  questions:
                    - id: q1
                      type: essay
                      prompt: Who?
                      explanation: Dong.
                """);
        yaml("quiz-question-id-twice", l -> l + """
                quiz:
                  title: Check
                  questions:
                    - id: q1
                      type: truefalse
                      prompt: Dong spoke.
                      explanation: He did.
                      answer: true
                    - id: q1
                      type: truefalse
                      prompt: TASS spoke.
                      explanation: It relayed.
                      answer: false
                """);
        // the article file
        article("article-unknown-block-kind", a -> a.replace("[headline]", "[sidebar]"));
        article("article-unclosed-header", a -> a.replace("[paragraph #p1]", "[paragraph #p1"));
        article("article-duplicate-block-id", a -> a.replace("[furniture #ad]", "[furniture #p1]"));
        article("article-empty", a -> "");
        // encodings and sizes
        corpus.put("article-latin1", new Broken(ARTICLE.replace("“We agree,”", "« Nous sommes d’accord »")
                .getBytes(StandardCharsets.ISO_8859_1), utf8(LESSON), true));
        corpus.put("lesson-latin1", new Broken(utf8(ARTICLE), LESSON.replace("title: A demo lesson",
                "title: Leçon numéro un").getBytes(StandardCharsets.ISO_8859_1), true));
        corpus.put("lesson-utf16", new Broken(utf8(ARTICLE), LESSON.getBytes(StandardCharsets.UTF_16), true));
        corpus.put("article-huge", new Broken(utf8(ARTICLE + "[paragraph]\n" + "word ".repeat(500_000) + "\n"),
                utf8(LESSON), false));
    }

    private void write(String slug, byte[] article, byte[] lesson) throws Exception {
        Path dir = Files.createDirectories(folder.resolve(slug));
        if (article != null) {
            Files.write(dir.resolve(LessonFileReader.ARTICLE_FILE), article);
        }
        Files.write(dir.resolve(LessonFileReader.LESSON_FILE), lesson);
    }

    private static String named(String lesson, String slug) {
        return lesson.replace("slug: demo", "slug: " + slug);
    }

    @Test
    void every_broken_folder_says_what_is_wrong_where_and_the_sound_lessons_are_served() throws Exception {
        generate();
        for (Map.Entry<String, Broken> broken : corpus.entrySet()) {
            String slug = broken.getKey();
            byte[] lesson = new String(broken.getValue().lesson(), StandardCharsets.UTF_8).contains("slug: demo")
                    ? utf8(named(new String(broken.getValue().lesson(), StandardCharsets.UTF_8), slug))
                    : broken.getValue().lesson();
            write(slug, broken.getValue().article(), lesson);
        }
        write("sound-lesson", utf8(ARTICLE), utf8(named(LESSON, "sound-lesson")));
        // A byte order mark and Windows line ends are not problems: such a folder loads.
        write("sound-with-bom-and-crlf", utf8("\uFEFF" + ARTICLE.replace("\n", "\r\n")),
                utf8("\uFEFF" + named(LESSON, "sound-with-bom-and-crlf").replace("\n", "\r\n")));

        LessonLoader.Summary summary = new LessonLoader(lessons, parts, report, folder.toString()).loadAll();

        List<String> silent = new ArrayList<>();
        System.out.println("Malformed lesson corpus: " + corpus.size() + " broken folders");
        for (Map.Entry<String, Broken> broken : corpus.entrySet()) {
            String slug = broken.getKey();
            List<LessonProblem> mine = summary.problems().stream()
                    .filter(p -> p.file().equals(slug) || p.file().startsWith(slug + "/")).toList();
            boolean clear = !mine.isEmpty() && mine.stream().allMatch(p -> !p.message().isBlank())
                    && mine.stream().anyMatch(p -> p.file().startsWith(slug + "/")
                    && (p.line() > 0 || !broken.getValue().lineKnown()));
            System.out.println("  " + (clear ? "ok  " : "BAD ") + slug + " -> "
                    + (mine.isEmpty() ? "(no problem reported)" : mine.getFirst()));
            if (!clear || lessons.publication(slug).isPresent()) {
                silent.add(slug + " " + mine + (lessons.publication(slug).isPresent() ? " (served)" : ""));
            }
        }
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(50);
        assertThat(silent).as("broken folders without a clear problem with file and line").isEmpty();
        assertThat(lessons.publication("sound-lesson")).isPresent();
        assertThat(lessons.publication("sound-with-bom-and-crlf")).isPresent();
        assertThat(lessons.publication("china-russia-defence-ministers")).as("the bundled lesson").isPresent();
    }
}
