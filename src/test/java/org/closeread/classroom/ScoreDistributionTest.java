package org.closeread.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreDistributionTest {

    @Test
    void scores_fall_into_ten_bars_and_full_marks_share_the_top_one() {
        ScoreDistribution distribution = ScoreDistribution.of(List.of(0, 9, 10, 55, 89, 90, 100, 100));

        assertThat(distribution.buckets()).extracting(ScoreDistribution.Bucket::students)
                .containsExactly(2, 1, 0, 0, 0, 1, 0, 0, 1, 3);
        assertThat(distribution.buckets().get(9).label()).isEqualTo("90–100%");
        assertThat(distribution.buckets().get(0).label()).isEqualTo("0–9%");
        assertThat(distribution.students()).isEqualTo(8);
        assertThat(distribution.largest()).isEqualTo(3);
    }

    @Test
    void no_scores_give_empty_bars() {
        ScoreDistribution distribution = ScoreDistribution.of(List.of());

        assertThat(distribution.students()).isZero();
        assertThat(distribution.largest()).isEqualTo(1);
    }

    @Test
    void a_score_outside_the_scale_is_a_mistake() {
        assertThatThrownBy(() -> ScoreDistribution.of(List.of(101))).isInstanceOf(IllegalArgumentException.class);
    }
}
