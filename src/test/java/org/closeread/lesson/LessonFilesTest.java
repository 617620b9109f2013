package org.closeread.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.closeread.quiz.QuizReader;
import org.junit.jupiter.api.Test;

/**
 * Loads every lesson folder under {@code lessons/} exactly as the app does at start-up, and fails with
 * file and line for every problem: text not found in its block, unknown lens, duplicate id, missing
 * explanation, a broken question...
 */
class LessonFilesTest {

    private static final Path LESSONS = Path.of("lessons");

    @Test
    void every_lesson_file_loads_without_a_problem() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> folders = folders();
        assertThat(folders).as("lesson folders under " + LESSONS.toAbsolutePath()).isNotEmpty();
        LessonFileReader reader = new LessonFileReader(List.of(new QuizReader(quizzes -> { })));
        for (Path folder : folders) {
            try {
                reader.read(folder.getFileName().toString(), read(folder.resolve(LessonFileReader.ARTICLE_FILE)),
                        read(folder.resolve(LessonFileReader.LESSON_FILE)));
            } catch (LessonFileException e) {
                e.problems().forEach(p -> problems.add("lessons/" + p));
            }
        }
        assertThat(problems).as("problems in lesson files").isEmpty();
    }

    @Test
    void the_first_lesson_annotates_every_lens_and_has_at_least_six_steps() throws Exception {
        Path folder = LESSONS.resolve("china-russia-defence-ministers");
        LessonFile file = new LessonFileReader(List.of(new QuizReader(quizzes -> { })))
                .read("china-russia-defence-ministers", read(folder.resolve("article.txt")),
                        read(folder.resolve("lesson.yaml")));

        assertThat(file.lesson().steps()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(file.article().annotations()).extracting(a -> a.lens()).containsAll(
                List.of(org.closeread.article.Lens.values()));
        assertThat(file.article().annotations()).allSatisfy(a ->
                assertThat(a.explanation().split("(?<=[.!?])\\s+")).as(a.id()).hasSizeBetween(2, 5));
    }

    private static List<Path> folders() throws IOException {
        try (Stream<Path> list = Files.list(LESSONS)) {
            return list.filter(Files::isDirectory).sorted().toList();
        }
    }

    private static String read(Path file) throws IOException {
        return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }
}
