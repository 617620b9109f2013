package org.closeread.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The path rules of {@code docs/lesson-format.md} for every lesson in {@code lessons/}: the core path
 * fits its minutes, the core quiz has about 12 items, a third of the core and of the full quiz are
 * discernment items, and at least four are transfer items.
 */
class LessonPathRulesTest {

    @Test
    void every_lesson_keeps_the_path_rules() throws Exception {
        List<ReadLesson> lessons = LessonFolders.all();
        assertThat(lessons).isNotEmpty();
        List<String> problems = new ArrayList<>();
        lessons.forEach(read -> problems.addAll(LessonStats.of(read).ruleProblems()));
        assertThat(problems).isEmpty();
    }

    @Test
    void every_lesson_says_how_its_minutes_are_estimated() throws Exception {
        for (ReadLesson read : LessonFolders.all()) {
            assertThat(read.lesson().plan().timing()).as(read.lesson().slug() + " timing").isPresent();
            assertThat(read.lesson().plan().timing().orElseThrow().note()).as(read.lesson().slug() + " timing note")
                    .isNotBlank();
        }
    }
}
