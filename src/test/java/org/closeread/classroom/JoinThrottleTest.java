package org.closeread.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class JoinThrottleTest {

    private Instant now = Instant.parse("2026-11-28T09:00:00Z");
    private final JoinThrottle throttle = new JoinThrottle(new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }, 5, 30);

    private final JoinClient sam = new JoinClient("10.0.0.7", "session-sam");

    private void wrong(JoinClient client, int times) {
        for (int i = 0; i < times; i++) {
            throttle.wrongCode(client);
        }
    }

    @Test
    void four_wrong_codes_cost_nothing_and_the_fifth_means_waiting_thirty_seconds() {
        wrong(sam, 4);
        assertThat(throttle.waitFor(sam)).isEmpty();

        wrong(sam, 1);
        assertThat(throttle.waitFor(sam)).contains(Duration.ofSeconds(30));
        assertThat(JoinThrottle.message(throttle.waitFor(sam).orElseThrow()))
                .isEqualTo("Too many attempts — try again in 30 seconds.");
    }

    @Test
    void the_wait_runs_out_and_grows_with_further_wrong_codes() {
        wrong(sam, 5);
        now = now.plusSeconds(30);
        assertThat(throttle.waitFor(sam)).isEmpty();

        wrong(sam, 1);
        assertThat(throttle.waitFor(sam)).contains(Duration.ofSeconds(60));
    }

    @Test
    void one_browser_typing_wrong_codes_does_not_hold_up_its_classmates_on_the_same_address() {
        wrong(sam, 5);

        JoinClient classmate = new JoinClient("10.0.0.7", "session-ali");
        assertThat(throttle.waitFor(classmate)).isEmpty();
    }

    @Test
    void an_address_sending_many_wrong_codes_from_fresh_sessions_is_slowed_down_as_a_whole() {
        for (int i = 0; i < 30; i++) {
            throttle.wrongCode(new JoinClient("203.0.113.9", "fresh-session-" + i));
        }

        assertThat(throttle.waitFor(new JoinClient("203.0.113.9", "yet-another"))).isPresent();
        assertThat(throttle.waitFor(new JoinClient("10.0.0.7", "session-ali")))
                .as("other addresses are not affected").isEmpty();
    }

    @Test
    void the_message_rounds_up_to_whole_seconds() {
        assertThat(JoinThrottle.message(Duration.ofMillis(29_100))).isEqualTo("Too many attempts — try again in 30 seconds.");
        assertThat(JoinThrottle.message(Duration.ofMillis(200))).isEqualTo("Too many attempts — try again in 1 second.");
    }
}
