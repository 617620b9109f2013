package org.closeread.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class LessonLoaderTest {

    @Autowired
    LessonService lessons;

    @Autowired
    List<LessonPart> parts;

    @Autowired
    LessonLoadReport report;

    @TempDir
    Path folder;

    private LessonLoader loader() {
        return new LessonLoader(lessons, parts, report, folder.toString());
    }

    private void write(String slug, String article, String lesson) throws Exception {
        Path dir = Files.createDirectories(folder.resolve(slug));
        Files.writeString(dir.resolve("article.txt"), article);
        Files.writeString(dir.resolve("lesson.yaml"), lesson);
    }

    @Test
    void a_lesson_folder_is_stored_and_loading_it_again_changes_nothing() throws Exception {
        write("demo", LessonFileReaderTest.ARTICLE, LessonFileReaderTest.LESSON);

        LessonLoader.Summary first = loader().loadAll();
        LessonLoader.Summary again = loader().loadAll();

        assertThat(first.changed()).isGreaterThanOrEqualTo(1);
        assertThat(again.changed()).isZero();
        assertThat(again.problems()).noneMatch(p -> p.file().startsWith("demo/"));
        LessonReading reading = lessons.reading("demo").orElseThrow();
        assertThat(reading.lesson().title()).isEqualTo("A demo lesson");
        assertThat(reading.article().annotations()).hasSize(2);
        assertThat(lessons.library()).extracting(LessonCard::slug).contains("demo");
    }

    @Test
    void a_changed_file_updates_its_lesson() throws Exception {
        write("demo-change", LessonFileReaderTest.ARTICLE,
                LessonFileReaderTest.LESSON.replace("slug: demo", "slug: demo-change"));
        loader().loadAll();

        write("demo-change", LessonFileReaderTest.ARTICLE.replace("Ministers meet", "Ministers meet again"),
                LessonFileReaderTest.LESSON.replace("slug: demo", "slug: demo-change")
                        .replace("A demo lesson", "A changed lesson"));
        LessonLoader.Summary summary = loader().loadAll();

        assertThat(summary.changed()).isEqualTo(1);
        LessonReading reading = lessons.reading("demo-change").orElseThrow();
        assertThat(reading.lesson().title()).isEqualTo("A changed lesson");
        assertThat(reading.article().block(1).text()).isEqualTo("Ministers meet again");
    }

    @Test
    void a_broken_file_is_skipped_with_file_and_line_and_the_others_still_load() throws Exception {
        write("demo-good", LessonFileReaderTest.ARTICLE,
                LessonFileReaderTest.LESSON.replace("slug: demo", "slug: demo-good"));
        write("demo-broken", LessonFileReaderTest.ARTICLE,
                LessonFileReaderTest.LESSON.replace("slug: demo", "slug: demo-broken").replace("lens: quote\n    text",
                        "lens: rumour\n    text"));

        LessonLoader.Summary summary = loader().loadAll();

        assertThat(summary.problems()).extracting(LessonProblem::toString)
                .contains("demo-broken/lesson.yaml:10: annotation quote-dong: unknown lens \"rumour\"; use quote,"
                        + " source, framing, missing or anatomy");
        assertThat(report.problems()).isEqualTo(summary.problems());
        assertThat(lessons.reading("demo-good")).isPresent();
        assertThat(lessons.reading("demo-broken")).isEmpty();
    }
}
