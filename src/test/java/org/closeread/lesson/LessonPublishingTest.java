package org.closeread.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.closeread.article.ArticleService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** What publishing from the app adds to storing a lesson file: versions, visibility, and the files kept. */
@SpringBootTest
class LessonPublishingTest {

    @Autowired
    LessonService lessons;

    @Autowired
    ArticleService articles;

    @Autowired
    List<LessonPart> parts;

    @Autowired
    LessonLoadReport report;

    @TempDir
    Path folder;

    private LessonFile read(String slug, String article, String lesson) throws Exception {
        return new LessonFileReader(parts).read(slug, article,
                lesson.replace("slug: demo", "slug: " + slug));
    }

    @Test
    void a_stored_lesson_keeps_the_files_it_was_read_from() throws Exception {
        lessons.store(read("kept-files", LessonFileReaderTest.ARTICLE, LessonFileReaderTest.LESSON));

        LessonSource source = lessons.source("kept-files").orElseThrow();
        assertThat(source.articleText()).isEqualTo(LessonFileReaderTest.ARTICLE);
        assertThat(source.lessonYaml()).contains("slug: kept-files");
    }

    @Test
    void a_changed_article_text_is_a_new_article_version_and_the_old_text_stays() throws Exception {
        lessons.store(read("versioned", LessonFileReaderTest.ARTICLE, LessonFileReaderTest.LESSON));
        lessons.publish(read("versioned", LessonFileReaderTest.ARTICLE.replace("Ministers meet", "Ministers met"),
                LessonFileReaderTest.LESSON));

        LessonReading reading = lessons.reading("versioned").orElseThrow();
        assertThat(reading.article().slug()).isEqualTo("versioned.v2");
        assertThat(reading.article().block(1).text()).isEqualTo("Ministers met");
        assertThat(articles.find("versioned").orElseThrow().block(1).text()).isEqualTo("Ministers meet");
    }

    @Test
    void changing_only_the_lesson_keeps_the_article_version() throws Exception {
        lessons.store(read("same-text", LessonFileReaderTest.ARTICLE, LessonFileReaderTest.LESSON));
        lessons.publish(read("same-text", LessonFileReaderTest.ARTICLE,
                LessonFileReaderTest.LESSON.replace("A demo lesson", "A better title")));

        LessonReading reading = lessons.reading("same-text").orElseThrow();
        assertThat(reading.lesson().title()).isEqualTo("A better title");
        assertThat(reading.article().slug()).isEqualTo("same-text");
    }

    @Test
    void a_reading_on_a_path_and_its_minutes_are_shared_until_the_lesson_changes() throws Exception {
        LessonFile file = read("shared-path", LessonFileReaderTest.ARTICLE, LessonFileReaderTest.LESSON);
        lessons.publish(file);

        LessonReading core = lessons.reading("shared-path", LessonPath.CORE).orElseThrow();
        assertThat(lessons.reading("shared-path", LessonPath.CORE).orElseThrow()).isSameAs(core);
        assertThat(core.lesson().steps()).isEqualTo(file.lesson().onPath(LessonPath.CORE).steps());
        LessonReading whole = lessons.reading("shared-path").orElseThrow();
        LessonService.PathMinutes minutes = lessons.minutes(whole);
        assertThat(minutes.core()).isEqualTo(LessonMinutes.of(whole.lesson(), whole.article(), LessonPath.CORE).roundedMinutes());
        assertThat(minutes.full()).isEqualTo(LessonMinutes.of(whole.lesson(), whole.article(), LessonPath.FULL).roundedMinutes());

        lessons.publish(read("shared-path", LessonFileReaderTest.ARTICLE,
                LessonFileReaderTest.LESSON.replaceFirst("title: [^\n]*", "title: Changed")));
        assertThat(lessons.reading("shared-path", LessonPath.CORE).orElseThrow()).isNotSameAs(core);
        assertThat(lessons.reading("shared-path", LessonPath.CORE).orElseThrow().lesson().title()).isEqualTo("Changed");
        assertThat(lessons.minutes(lessons.reading("shared-path").orElseThrow())).isNotSameAs(minutes);

        lessons.unpublish("shared-path");
        assertThat(lessons.reading("shared-path", LessonPath.CORE)).isEmpty();
    }

    @Test
    void an_unpublished_lesson_is_hidden_from_students_until_it_is_published_again() throws Exception {
        LessonFile file = read("hidden", LessonFileReaderTest.ARTICLE, LessonFileReaderTest.LESSON);
        lessons.publish(file);
        lessons.unpublish("hidden");

        assertThat(lessons.reading("hidden")).isEmpty();
        assertThat(lessons.library()).extracting(LessonCard::slug).doesNotContain("hidden");
        assertThat(lessons.publication("hidden").orElseThrow().hidden()).isTrue();

        lessons.publish(file);
        assertThat(lessons.reading("hidden")).isPresent();
    }

    @Test
    void the_folder_of_a_lesson_published_from_the_app_is_not_loaded_over_it() throws Exception {
        lessons.publish(read("app-wins", LessonFileReaderTest.ARTICLE,
                LessonFileReaderTest.LESSON.replace("A demo lesson", "The teacher's version")));
        Path dir = Files.createDirectories(folder.resolve("app-wins"));
        Files.writeString(dir.resolve("article.txt"), LessonFileReaderTest.ARTICLE);
        Files.writeString(dir.resolve("lesson.yaml"), LessonFileReaderTest.LESSON.replace("slug: demo",
                "slug: app-wins"));

        new LessonLoader(lessons, parts, report, folder.toString()).loadAll();

        assertThat(lessons.reading("app-wins").orElseThrow().lesson().title()).isEqualTo("The teacher's version");
    }
}
