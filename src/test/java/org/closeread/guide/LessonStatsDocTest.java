package org.closeread.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/lessons.md} holds the counts of every lesson as computed from the files; this fails when it
 * is stale, and rewrites it when run with {@code -Dcloseread.docs.write=true}.
 */
class LessonStatsDocTest {

    private static final Path DOC = Path.of("docs", "lessons.md");

    @Test
    void docs_lessons_md_is_up_to_date() throws Exception {
        String expected = LessonStats.document(LessonFolders.all().stream().map(LessonStats::of).toList());
        if (Boolean.getBoolean("closeread.docs.write")) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        String actual = Files.isRegularFile(DOC) ? Files.readString(DOC, StandardCharsets.UTF_8) : "";
        assertThat(actual).as("docs/lessons.md is stale: run this test with -Dcloseread.docs.write=true")
                .isEqualTo(expected);
    }
}
