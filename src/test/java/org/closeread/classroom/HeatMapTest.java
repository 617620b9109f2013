package org.closeread.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.closeread.classroom.ReportFixtures.VERB;
import static org.closeread.classroom.ReportFixtures.marks;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeatMapTest {

    /** Key: "contends". Three students: one right, one marks a phrase around it, one marks the wrong verb. */
    private final HeatMap heat = HeatMap.of(VERB, List.of(marks("contends"), marks("US contends that"),
            marks("denies")));

    private HeatMap.WordHeat word(String text) {
        return heat.words().stream().filter(w -> w.text().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void each_word_counts_the_students_who_marked_it() {
        assertThat(heat.students()).isEqualTo(3);
        assertThat(word("contends").marked()).isEqualTo(2);
        assertThat(word("US").marked()).isEqualTo(1);
        assertThat(word("denies").marked()).isEqualTo(1);
        assertThat(word("China").marked()).isZero();
    }

    @Test
    void marks_are_counted_against_the_key_as_hits_misses_and_false_marks() {
        assertThat(word("contends").key()).isTrue();
        assertThat(word("US").key()).isFalse();
        assertThat(heat.hits()).isEqualTo(2);
        assertThat(heat.misses()).as("one student left the key word unmarked").isEqualTo(1);
        assertThat(heat.falseMarks()).as("US, that, denies").isEqualTo(3);
    }

    @Test
    void the_words_wrongly_marked_most_come_first() {
        // Distinct counts, so the order is the one by count: US by three students, "that" by two, "denies" by one.
        HeatMap counted = HeatMap.of(VERB, List.of(marks("US contends that"), marks("US contends that"),
                marks("US contends"), marks("denies")));

        assertThat(counted.mostFalselyMarked(10)).extracting(HeatMap.WordHeat::text)
                .containsExactly("US", "that", "denies");
        assertThat(counted.mostFalselyMarked(10)).extracting(HeatMap.WordHeat::marked).containsExactly(3, 2, 1);
        assertThat(counted.mostFalselyMarked(2)).extracting(HeatMap.WordHeat::text).containsExactly("US", "that");
    }

    @Test
    void heat_levels_run_from_nothing_to_four_by_share_of_students() {
        assertThat(word("China").level(3)).isZero();
        assertThat(word("US").level(3)).isEqualTo(2);
        assertThat(word("contends").level(3)).isEqualTo(3);
        assertThat(new HeatMap.WordHeat(0, 0, 1, "x", 3, true).level(3)).isEqualTo(4);
        assertThat(new HeatMap.WordHeat(0, 0, 1, "x", 1, true).level(30)).isEqualTo(1);
    }

    @Test
    void words_keep_their_offsets_in_the_block_for_painting() {
        HeatMap.WordHeat contends = word("contends");
        assertThat(ReportFixtures.TEXT.substring(contends.start(), contends.end())).isEqualTo("contends");
        assertThat(heat.blocks()).singleElement().extracting(HeatMap.HeatBlock::block).isEqualTo(3);
    }
}
