package org.closeread.lti;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void waits_double_from_thirty_seconds_up_to_six_hours() {
        assertThat(Backoff.after(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(Backoff.after(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(Backoff.after(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(Backoff.after(10)).isEqualTo(Duration.ofSeconds(30 * 512));
        assertThat(Backoff.after(11)).isEqualTo(Duration.ofHours(6));
        assertThat(Backoff.after(1000)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void the_scores_address_follows_the_line_item_path_and_keeps_its_query() {
        assertThat(ScoreClient.scoresUrl("https://lms.example/api/lti/courses/1/line_items/2").toString())
                .isEqualTo("https://lms.example/api/lti/courses/1/line_items/2/scores");
        assertThat(ScoreClient.scoresUrl("https://lms.example/mod/lti/services.php/3/lineitems/4/lineitem?type_id=5")
                .toString()).isEqualTo("https://lms.example/mod/lti/services.php/3/lineitems/4/lineitem/scores?type_id=5");
    }
}
