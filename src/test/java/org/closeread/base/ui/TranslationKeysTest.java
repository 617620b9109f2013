package org.closeread.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every page's words come from {@code vaadin-i18n/translations.properties}: the views' source is read and
 * (1) every key they name exists, (2) no text is written straight into a component where a person reads it,
 * and (3) no "(s)" plural is left.
 */
class TranslationKeysTest {

    private static final Path SOURCES = Path.of("src", "main", "java", "org", "closeread");
    private static final Pattern KEY = Pattern.compile(
            "(?:Translations\\.text|getTranslation)\\(\\s*\"([a-z0-9][a-zA-Z0-9.-]*)\""
                    // and message keys kept in constants: static final String WRONG_CODE = "quiz.resume.wrong";
                    // (not the browser expressions a DOM listener reports: "event.target.value")
                    + "|static final String (?!BUNDLE)[A-Z_]+ = \"(?!event\\.)([a-z][a-z0-9-]*\\.[a-zA-Z0-9.-]+)\";"
                    + "|^\\s*String [A-Z_]+ = \"([a-z][a-z0-9-]*\\.[a-zA-Z0-9.-]+)\";", Pattern.MULTILINE);
    /** A string literal handed to a component where a person reads it; the text must start with a letter. */
    private static final Pattern LITERAL = Pattern.compile(
            "(?:new Anchor\\([^;]*?,\\s*"
                    + "|new (?:Button|H1|H2|H3|H4|Paragraph|Span|TextField|TextArea|PasswordField|Checkbox"
                    + "|IntegerField|DatePicker|Details|ListItem|NativeLabel|ConfirmDialog|DataTable<[A-Za-z]+>)"
                    + "\\((?:[^()\"]*,\\s*)?"
                    + "|\\.(?:setText|setLabel|setHelperText|setPlaceholder|setErrorMessage|setAriaLabel"
                    + "|setConfirmText|setCancelText|setTooltipText)\\("
                    + "|Notification\\.show\\("
                    + "|setAttribute\\(\"(?:aria-label|title)\",\\s*)"
                    + "\"[A-Za-z←]");

    private static List<Path> views() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> f.getParent().toString().contains(java.io.File.separator + "ui")).sorted().toList();
        }
    }

    private static Properties texts() throws IOException {
        Properties texts = new Properties();
        try (InputStream in = TranslationKeysTest.class.getResourceAsStream("/vaadin-i18n/translations.properties")) {
            texts.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }

    @Test
    void every_key_a_view_names_has_its_words() throws IOException {
        Properties texts = texts();
        TreeSet<String> missing = new TreeSet<>();
        List<Path> sources = new ArrayList<>(views());
        sources.add(SOURCES.resolve("classroom/JoinOutcome.java"));
        sources.add(SOURCES.resolve("base/GuessThrottle.java"));
        for (Path view : sources) {
            Matcher key = KEY.matcher(Files.readString(view));
            while (key.find()) {
                String named = key.group(1) != null ? key.group(1) : key.group(2) != null ? key.group(2) : key.group(3);
                // A key built at run time ("assignment.kind." + kind) needs at least one text under it.
                boolean known = named.endsWith(".") ? texts.stringPropertyNames().stream().anyMatch(k -> k.startsWith(named))
                        : texts.containsKey(named);
                if (!known) {
                    missing.add(view.getFileName() + ": " + named);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /**
     * Domain code says things to people as message keys (a {@code Message}, a feedback line, a refusal)
     * that the page translates: every literal in it that reads as a key of the translations file (its first
     * part is one the file uses, and it is not a file name) must be a key there, or the start of keys there
     * (a key finished at run time: "quiz.feedback.order.not-placed" + ".first").
     */
    @Test
    void every_key_the_domain_code_returns_has_its_words() throws IOException {
        Properties texts = texts();
        assertThat(domainKeysMissing(texts, sources(false))).isEmpty();
    }

    private static List<String> domainKeysMissing(Properties texts, List<Path> sources) throws IOException {
        java.util.Set<String> firstParts = new TreeSet<>();
        texts.stringPropertyNames().forEach(k -> firstParts.add(k.substring(0, Math.max(k.indexOf('.'), 0))));
        List<String> missing = new ArrayList<>();
        for (Path source : sources) {
            Matcher literal = DOMAIN_KEY.matcher(Files.readString(source));
            while (literal.find()) {
                String named = literal.group(1);
                if (firstParts.contains(named.substring(0, named.indexOf('.'))) && !FILE_NAME.matcher(named).matches()
                        && !texts.containsKey(named)
                        && texts.stringPropertyNames().stream().noneMatch(k -> k.startsWith(named + "."))) {
                    missing.add(source.getFileName() + ": " + named);
                }
            }
        }
        return missing;
    }

    private static final Pattern DOMAIN_KEY = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[a-zA-Z0-9-]+)+)\"");
    private static final Pattern FILE_NAME = Pattern.compile(".*\\.(?:yaml|yml|txt|md|csv|zip|html|json|xml|properties|java|js|css|pdf)");

    /** The source files outside the views ({@code ui} packages), or the views. */
    private static List<Path> sources(boolean views) throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> views == f.getParent().toString().contains(java.io.File.separator + "ui")).sorted()
                    .toList();
        }
    }

    /** Keys built at run time from an enum: every lens, fact, draft status and import outcome has its words. */
    @Test
    void every_key_built_from_an_enum_has_its_words() throws IOException {
        Properties texts = texts();
        List<String> keys = new ArrayList<>();
        for (org.closeread.article.Lens lens : org.closeread.article.Lens.values()) {
            keys.add(lens.nameKey());
            keys.add(lens.questionKey());
            lens.facts().forEach(fact -> keys.add(fact.labelKey()));
        }
        for (org.closeread.authoring.DraftStatus status : org.closeread.authoring.DraftStatus.values()) {
            keys.add(status.key());
        }
        for (org.closeread.authoring.FolderImport.Outcome outcome : org.closeread.authoring.FolderImport.Outcome.values()) {
            keys.add("import.outcome." + outcome.name().toLowerCase(java.util.Locale.ROOT));
        }
        assertThat(keys).filteredOn(key -> !texts.containsKey(key)).isEmpty();
    }

    @Test
    void the_domain_scan_finds_a_key_missing_from_the_translations(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Path source = dir.resolve("Scoring.java");
        Files.writeString(source, "lines.add(FeedbackLine.said(Verdict.MISSED, \"\", \"quiz.feedback.no-such-note\"));\n"
                + "lines.add(FeedbackLine.said(Verdict.RIGHT, \"\", \"quiz.feedback.spans.found\"));\n"
                + "read(\"lesson.yaml\");\n");
        assertThat(domainKeysMissing(texts(), List.of(source))).containsExactly("Scoring.java: quiz.feedback.no-such-note");
    }

    @Test
    void no_view_writes_words_straight_into_a_component() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path view : views()) {
            List<String> lines = Files.readAllLines(view);
            for (int i = 0; i < lines.size(); i++) {
                if (LITERAL.matcher(lines.get(i)).find()) {
                    found.add(view.getFileName() + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void no_plural_is_written_with_s_in_brackets() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path view : views()) {
            if (Pattern.compile("\"[^\"\\n]*\\(s\\)[^\"\\n]*\"").matcher(Files.readString(view)).find()) {
                found.add(view.toString());
            }
        }
        texts().forEach((key, text) -> {
            if (text.toString().contains("(s)")) {
                found.add(key.toString());
            }
        });
        assertThat(found).isEmpty();
    }

    @Test
    void the_scan_finds_a_hard_coded_text() {
        assertThat(LITERAL.matcher("add(new H2(\"Your classes\"));").find()).isTrue();
        assertThat(LITERAL.matcher("Notification.show(\"Saved\");").find()).isTrue();
        assertThat(LITERAL.matcher("new Anchor(\"teacher/\" + slug, \"Preview\")").find()).isTrue();
        assertThat(LITERAL.matcher("new Anchor(\"join\", Translations.text(\"app.nav.join\"))").find()).isFalse();
        assertThat(LITERAL.matcher("button.setText(Translations.text(\"quiz.finish\"));").find()).isFalse();
        assertThat(KEY.matcher("Translations.text(\"quiz.finish\", 3)").find()).isTrue();
    }
}
