package org.closeread.lesson;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.closeread.article.Annotation;
import org.closeread.article.Article;
import org.closeread.article.Block;
import org.closeread.article.Lens;
import org.closeread.article.TextQuote;
import org.closeread.article.TextSpan;

/**
 * Reads one lesson folder ({@code article.txt} + {@code lesson.yaml}) into an article and a lesson,
 * anchoring every annotation by its quoted text. Collects every problem with its file and line.
 */
public final class LessonFileReader {

    public static final String LESSON_FILE = "lesson.yaml";
    public static final String ARTICLE_FILE = ArticleTextReader.FILE;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    /** Ids of annotations, steps, questions and blocks are stored in at most this many characters. */
    public static final int ID_MAX_LENGTH = 120;
    private static final Set<String> LESSON_KEYS = Set.of("slug", "title", "level", "minutes", "objectives",
            "article", "annotations", "steps", "timing", "skills", "glossary", "discussion", "guide");
    private static final Set<String> ARTICLE_KEYS = Set.of("title", "outlet", "date", "url", "licence");
    private static final Set<String> ANNOTATION_KEYS = Set.of("id", "lens", "text", "occurrence", "explanation",
            LessonPlanReader.PATH);
    private static final Set<String> STEP_KEYS = Set.of("id", "title", "lens", "text", "reveal", LessonPlanReader.PATH);

    private final List<LessonPart> parts;

    public LessonFileReader(List<LessonPart> parts) {
        this.parts = List.copyOf(parts);
    }

    public LessonFile read(String folder, String articleText, String lessonYaml) throws LessonFileException {
        return read(new LessonSource(folder, articleText, lessonYaml));
    }

    /** Reads one lesson folder's two files; the folder's name is the source's slug. */
    public LessonFile read(LessonSource source) throws LessonFileException {
        String folder = source.slug();
        String articleText = source.articleText();
        String lessonYaml = source.lessonYaml();
        Problems articleProblems = new Problems(folder + "/" + ARTICLE_FILE);
        Problems problems = new Problems(folder + "/" + LESSON_FILE);
        List<Block> blocks = ArticleTextReader.read(articleText, articleProblems);
        Optional<YamlMap> parsed = YamlMap.parse(lessonYaml, problems);
        if (parsed.isEmpty() || !articleProblems.isEmpty()) {
            throw failure(articleProblems, problems);
        }
        YamlMap root = parsed.get();
        root.allowOnly(union(LESSON_KEYS, parts.stream().flatMap(p -> p.lessonKeys().stream()).toList()),
                LESSON_FILE);
        String slug = root.required("slug", LESSON_FILE);
        if (!slug.isEmpty() && !slug.equals(folder)) {
            problems.add(root.line("slug"), "problem.lesson.slug-equal-folder-name", slug, folder);
        }
        Article bare = readArticle(folder, root, blocks);
        Map<String, Integer> annotationLines = new HashMap<>();
        Article article = bare.withAnnotations(readAnnotations(root, bare, annotationLines));
        List<YamlMap> stepMaps = root.maps("steps");
        List<Step> steps = readSteps(stepMaps, article, annotationLines);
        LessonPlan plan = LessonPlanReader.read(root);
        Lesson lesson = null;
        if (!steps.isEmpty()) {
            root.limit("title", Lesson.TITLE_MAX_LENGTH);
            root.limit("level", Lesson.LEVEL_MAX_LENGTH);
            if (String.join("\n", root.strings("objectives")).length() > Lesson.OBJECTIVES_MAX_LENGTH) {
                problems.add(root.line("objectives"), "problem.lesson.objectives-are-longer-than", Lesson.OBJECTIVES_MAX_LENGTH);
            }
            lesson = new Lesson(folder, root.required("title", LESSON_FILE), root.string("level").orElse(""),
                    root.integer("minutes").filter(m -> m > 0).orElse(30), root.strings("objectives"),
                    folder, steps, plan);
        } else if (problems.isEmpty()) {
            problems.add(root.line(), "problem.lesson.lesson-steps");
        }
        List<Runnable> stores = new ArrayList<>();
        if (lesson != null) {
            for (LessonPart part : parts) {
                stores.add(part.read(root, stepMaps, article, lesson));
            }
        }
        if (!problems.isEmpty()) {
            throw failure(articleProblems, problems);
        }
        return new LessonFile(article, lesson, source, stores);
    }

    private static Article readArticle(String folder, YamlMap root, List<Block> blocks) {
        Optional<YamlMap> details = root.map("article");
        if (details.isEmpty()) {
            root.problems().add(root.line(), "problem.lesson.lesson-yaml-article-details");
            return new Article(folder, folder, "", null, null, null, blocks, List.of());
        }
        YamlMap map = details.get();
        map.allowOnly(ARTICLE_KEYS, "article");
        LocalDate date = map.string("date").map(text -> {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                map.problems().add(map.line("date"), "problem.lesson.date-written-2024-04", text);
                return null;
            }
        }).orElse(null);
        map.limit("title", Article.TITLE_MAX_LENGTH);
        map.limit("outlet", Article.OUTLET_MAX_LENGTH);
        map.limit("url", Article.URL_MAX_LENGTH);
        map.limit("licence", Article.LICENCE_MAX_LENGTH);
        return new Article(folder, map.required("title", "article"), map.required("outlet", "article"), date,
                map.string("url").orElse(null), map.string("licence").orElse(null), blocks, List.of());
    }

    private static List<Annotation> readAnnotations(YamlMap root, Article article, Map<String, Integer> lines) {
        List<Annotation> annotations = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YamlMap map : root.maps("annotations")) {
            String id = map.required("id", "an annotation");
            if (!id.isEmpty() && !ID.matcher(id).matches()) {
                map.problems().add(map.line("id"), "problem.lesson.annotation-id-may-use", id);
            } else if (!id.isEmpty() && !ids.add(id)) {
                map.problems().add(map.line("id"), "problem.lesson.annotation-id-used-twice", id);
            }
            lines.putIfAbsent(id, map.line());
            Optional<Lens> lens = lens(map, "annotation " + id);
            lens.ifPresent(l -> map.allowOnly(union(ANNOTATION_KEYS, l.facts().stream().map(Lens.Fact::key).toList()),
                    "annotation " + id + " (lens " + l.id() + ")"));
            String explanation = map.required("explanation", "annotation " + id);
            map.limit("explanation", Annotation.EXPLANATION_MAX_LENGTH);
            map.limit("id", ID_MAX_LENGTH);
            Optional<TextSpan> span = anchor(map, article, "annotation " + id);
            if (lens.isPresent() && span.isPresent() && !explanation.isEmpty() && !id.isEmpty()
                    && explanation.length() <= Annotation.EXPLANATION_MAX_LENGTH) {
                Map<String, String> facts = map.otherStrings(ANNOTATION_KEYS);
                annotations.add(new Annotation(id, lens.get(), span.get(),
                        TextQuote.of(article.block(span.get().block()), span.get()), explanation, facts));
            }
        }
        return annotations;
    }

    /**
     * Finds the span a {@code text:} (and optional {@code occurrence:}) names. Shared by everything in a
     * lesson file that points at the article, so all of it is anchored the same way.
     */
    public static Optional<TextSpan> anchor(YamlMap map, Article article, String where) {
        return anchor(map, article, article.blocks().stream().map(Block::index).toList(), where);
    }

    /**
     * Like {@link #anchor(YamlMap, Article, String)}, but looking only in {@code blocks} (such as the
     * blocks a highlight question names); {@code occurrence} then counts occurrences in those blocks.
     */
    public static Optional<TextSpan> anchor(YamlMap map, Article article, Collection<Integer> blocks,
                                            String where) {
        String text = map.required("text", where);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String exact = text;
        List<TextSpan> found = article.occurrences(exact).stream().filter(s -> blocks.contains(s.block())).toList();
        Optional<Integer> occurrence = map.integer("occurrence");
        if (found.isEmpty()) {
            map.problems().add(map.line("text"), blocks.size() == article.blocks().size()
                    ? "problem.lesson.text-not-in-article" : "problem.lesson.text-not-in-blocks", where, abbreviate(exact));
            return Optional.empty();
        }
        if (occurrence.isPresent()) {
            int n = occurrence.get();
            if (n < 1 || n > found.size()) {
                map.problems().add(map.line("occurrence"), "problem.lesson.occurrence-but-text-occurs", where, n, found.size());
                return Optional.empty();
            }
            return Optional.of(found.get(n - 1));
        }
        if (found.size() > 1) {
            map.problems().add(map.line("text"), "problem.lesson.text-occurs-times-add", where, found.size());
            return Optional.empty();
        }
        return Optional.of(found.get(0));
    }

    private List<Step> readSteps(List<YamlMap> maps, Article article, Map<String, Integer> annotationLines) {
        Set<String> allowedKeys = stepKeys();
        List<Step> steps = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> revealed = new HashSet<>();
        for (YamlMap map : maps) {
            String id = map.required("id", "a step");
            if (!id.isEmpty() && !ids.add(id)) {
                map.problems().add(map.line("id"), "problem.lesson.step-id-used-twice", id);
            }
            String where = "step " + id;
            map.allowOnly(allowedKeys, where);
            String title = map.required("title", where);
            map.limit("title", Step.TITLE_MAX_LENGTH);
            map.limit("text", Step.TEXT_MAX_LENGTH);
            map.limit("id", ID_MAX_LENGTH);
            Optional<Lens> lens = lens(map, where);
            List<String> reveal = map.strings("reveal");
            for (String annotationId : reveal) {
                if (!annotationLines.containsKey(annotationId)) {
                    map.problems().add(map.line("reveal"), "problem.lesson.reveals-which-annotation-this", where, annotationId);
                }
                revealed.add(annotationId);
            }
            if (lens.isPresent() && !id.isEmpty() && !title.isEmpty()) {
                steps.add(new Step(id, title, lens.get(), map.string("text").orElse(""), reveal));
            }
        }
        for (Annotation annotation : article.annotations()) {
            if (!revealed.contains(annotation.id()) && !maps.isEmpty()) {
                maps.get(0).problems().add(annotationLines.getOrDefault(annotation.id(), 0), "problem.lesson.annotation-revealed-by-step", annotation.id());
            }
        }
        return steps;
    }

    private static Optional<Lens> lens(YamlMap map, String where) {
        String name = map.required("lens", where);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Optional<Lens> lens = Lens.fromId(name);
        if (lens.isEmpty()) {
            map.problems().add(map.line("lens"), "problem.lesson.unknown-lens-use-quote", where, name);
        }
        return lens;
    }

    /** The keys a step may have: its own and those of the parts (a step's exercises). */
    private Set<String> stepKeys() {
        return union(STEP_KEYS, parts.stream().flatMap(p -> p.stepKeys().stream()).toList());
    }

    private static Set<String> union(Set<String> base, List<String> more) {
        Set<String> all = new HashSet<>(base);
        all.addAll(more);
        return all;
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }

    private static LessonFileException failure(Problems articleProblems, Problems problems) {
        List<LessonProblem> all = new ArrayList<>(articleProblems.list());
        all.addAll(problems.list());
        return new LessonFileException(all);
    }

    /**
     * The blocks of an {@code article.txt}, adding what is wrong with it to {@code problems} (by line);
     * for editors that work on an article before it is a whole lesson.
     */
    public static List<Block> readBlocks(String articleText, Problems problems) {
        return ArticleTextReader.read(articleText, problems);
    }

    static String hash(String articleText, String lessonYaml) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(articleText.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(lessonYaml.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
