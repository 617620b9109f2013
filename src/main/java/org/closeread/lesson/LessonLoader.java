package org.closeread.lesson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.closeread.base.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Loads the lesson folders at start-up: first those inside the application, then a {@code lessons/}
 * folder on disk, which wins for the same slug. A broken folder is skipped and reported; the rest load.
 * Loading happens once every bean is made and before the web server starts (which is a lifecycle bean
 * started after this), so the port opens with the library full; readiness follows later still.
 */
@Component
class LessonLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(LessonLoader.class);

    private final LessonService lessons;
    private final LessonFileReader reader;
    private final LessonLoadReport report;
    private final Path folder;

    LessonLoader(LessonService lessons, List<LessonPart> parts, LessonLoadReport report,
                 @Value("${closeread.lessons.dir:lessons}") String folder) {
        this.lessons = lessons;
        this.reader = new LessonFileReader(parts);
        this.report = report;
        this.folder = Path.of(folder);
    }

    /** The text of one lesson folder, wherever it was found. */
    record Source(String slug, String origin, String articleText, String lessonYaml) {
    }

    @Override
    public void afterSingletonsInstantiated() {
        loadAll();
    }

    /** What one loading found: how many folders, how many were new or changed, and their problems. */
    record Summary(int found, int changed, List<LessonProblem> problems) {
    }

    Summary loadAll() {
        Map<String, Source> sources = new TreeMap<>();
        List<LessonProblem> problems = new ArrayList<>();
        bundled().forEach(s -> sources.put(s.slug(), s));
        onDisk(problems).forEach(s -> sources.put(s.slug(), s));
        int changed = 0;
        for (Source source : sources.values()) {
            if (lessons.publication(source.slug()).filter(PublishedLesson::editedInApp).isPresent()) {
                log.info("Lesson {} ({}) not loaded: a teacher has published it from the app, and that version"
                        + " stays. Export it from the app to update the folder.", source.slug(), source.origin());
                continue;
            }
            try {
                if (lessons.store(reader.read(source.slug(), source.articleText(), source.lessonYaml()))) {
                    changed++;
                }
            } catch (LessonFileException e) {
                problems.addAll(e.problems());
                e.problems().forEach(p -> log.error("Lesson skipped ({}): {}", source.origin(), p));
            } catch (RuntimeException e) {
                problems.add(new LessonProblem(source.slug(), 0, Message.of("problem.lesson.could-stored", e.getMessage())));
                log.error("Lesson {} skipped ({}): could not be stored", source.slug(), source.origin(), e);
            }
        }
        report.replaceWith(problems);
        log.info("Lessons: {} found, {} new or changed, {} with problems", sources.size(), changed,
                problems.stream().map(p -> p.file().split("/")[0]).distinct().count());
        return new Summary(sources.size(), changed, problems);
    }

    private List<Source> bundled() {
        List<Source> found = new ArrayList<>();
        try {
            Resource[] yamls = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:lessons/*/" + LessonFileReader.LESSON_FILE);
            for (Resource yaml : yamls) {
                Resource article = yaml.createRelative(LessonFileReader.ARTICLE_FILE);
                String slug = slugOf(yaml.getURL().toString());
                found.add(new Source(slug, "bundled", article.exists() ? read(article) : "", read(yaml)));
            }
        } catch (IOException e) {
            log.error("Bundled lessons could not be listed", e);
        }
        return found;
    }

    /** The folders on disk; one that cannot be read (too large, not UTF-8) is a problem of its own. */
    private List<Source> onDisk(List<LessonProblem> problems) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> dirs;
        try (Stream<Path> folders = Files.list(folder)) {
            dirs = folders.filter(dir -> Files.isRegularFile(dir.resolve(LessonFileReader.LESSON_FILE)))
                    .sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            log.error("Lesson folder {} could not be read", folder.toAbsolutePath(), e);
            return List.of();
        }
        List<Source> found = new ArrayList<>();
        for (Path dir : dirs) {
            String slug = dir.getFileName().toString();
            try {
                found.add(new Source(slug, dir.toAbsolutePath().toString(),
                        readIfPresent(slug, dir.resolve(LessonFileReader.ARTICLE_FILE)),
                        readIfPresent(slug, dir.resolve(LessonFileReader.LESSON_FILE))));
            } catch (Unreadable e) {
                problems.add(e.problem);
                log.error("Lesson skipped ({}): {}", dir.toAbsolutePath(), e.problem);
            }
        }
        return found;
    }

    /** Lesson files larger than this are refused unread (a long-form article is about 60 KB). */
    static final long MAX_FILE_BYTES = 2 * 1024 * 1024;

    private static final class Unreadable extends Exception {
        final LessonProblem problem;

        Unreadable(LessonProblem problem) {
            super(problem.toString(), null, false, false);
            this.problem = problem;
        }
    }

    private static String slugOf(String lessonYamlUrl) {
        String[] parts = lessonYamlUrl.split("/");
        return parts[parts.length - 2];
    }

    private static String read(Resource resource) throws IOException {
        try (var in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The file's text (a leading byte order mark dropped), "" when missing; strict UTF-8, with size limit. */
    private static String readIfPresent(String slug, Path file) throws Unreadable {
        String where = slug + "/" + file.getFileName();
        try {
            if (!Files.isRegularFile(file)) {
                return "";
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new Unreadable(new LessonProblem(where, 0, Message.of("problem.lesson.file-larger-than-kb", MAX_FILE_BYTES / 1024)));
            }
            byte[] bytes = Files.readAllBytes(file);
            java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
            java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length);
            java.nio.charset.CoderResult result = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(in, out, true);
            if (result.isError()) {
                int line = 1;
                for (int i = 0; i < in.position(); i++) {
                    line += bytes[i] == '\n' ? 1 : 0;
                }
                throw new Unreadable(new LessonProblem(where, line, Message.of("problem.lesson.file-utf-8-text-2")));
            }
            String text = out.flip().toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException e) {
            throw new Unreadable(new LessonProblem(where, 0, Message.of("problem.lesson.could-read", e.getMessage())));
        }
    }
}
