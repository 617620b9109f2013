package org.closeread.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.closeread.article.Lens;
import org.junit.jupiter.api.Test;

class LessonTest {

    private final Lesson lesson = new Lesson("l", "Lesson", "", 20, List.of(), "a", List.of(
            new Step("one", "One", Lens.ANATOMY, "", List.of("a1", "a2")),
            new Step("two", "Two", Lens.QUOTE, "", List.of("q1")),
            new Step("three", "Three", Lens.ANATOMY, "", List.of("a3"))));

    @Test
    void each_step_reveals_its_annotations_on_top_of_the_earlier_ones() {
        assertThat(lesson.revealedThrough(0)).containsExactly("a1", "a2");
        assertThat(lesson.revealedThrough(2)).containsExactly("a1", "a2", "q1", "a3");
    }

    @Test
    void lenses_are_listed_once_in_the_order_the_steps_use_them() {
        assertThat(lesson.lenses()).containsExactly(Lens.ANATOMY, Lens.QUOTE);
    }

    @Test
    void steps_are_found_by_id() {
        assertThat(lesson.stepIndex("three")).isEqualTo(2);
        assertThat(lesson.stepIndex("nine")).isEqualTo(-1);
    }

    @Test
    void a_lesson_needs_steps_and_minutes() {
        assertThatThrownBy(() -> new Lesson("l", "L", "", 20, List.of(), "a", List.of()))
                .hasMessageContaining("no steps");
        assertThatThrownBy(() -> new Lesson("l", "L", "", 0, List.of(), "a", lesson.steps()))
                .hasMessageContaining("minutes");
    }
}
