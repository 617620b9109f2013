package org.closeread.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.closeread.ManualClock;
import org.junit.jupiter.api.Test;

class GuessThrottleTest {

    record JoinClient(String address, String browser) implements GuessThrottle.Client {
    }

    private final ManualClock clock = new ManualClock("2026-11-28T09:00:00Z");
    private final GuessThrottle throttle = new GuessThrottle(clock, 5, 30);

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
        assertThat(GuessThrottle.message(throttle.waitFor(sam).orElseThrow()))
                .isEqualTo("Too many attempts — try again in 30 seconds.");
    }

    @Test
    void the_wait_runs_out_and_grows_with_further_wrong_codes() {
        wrong(sam, 5);
        clock.advanceSeconds(30);
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
        assertThat(GuessThrottle.message(Duration.ofMillis(29_100))).isEqualTo("Too many attempts — try again in 30 seconds.");
        assertThat(GuessThrottle.message(Duration.ofMillis(200))).isEqualTo("Too many attempts — try again in 1 second.");
    }

    @Test
    void a_resume_code_guesser_and_a_join_code_guesser_are_the_same_guesser() {
        // One throttle for every code a student types: switching from join codes to resume codes buys nothing.
        wrong(sam, 3);
        wrong(sam, 2);
        assertThat(throttle.waitFor(sam)).isPresent();
    }

    @Test
    void memory_stays_bounded_after_100000_distinct_failing_clients() {
        for (int i = 0; i < 100_000; i++) {
            throttle.wrongCode(new JoinClient("198.51." + (i >> 8 & 255) + "." + (i & 255) + "/" + i, "session-" + i));
        }

        assertThat(throttle.size()).isLessThanOrEqualTo(2 * Throttle.MAX_KEYS);
        wrong(sam, 5);
        assertThat(throttle.waitFor(sam)).as("still throttles after the flood").isPresent();
    }

    @Test
    void failures_are_forgotten_after_an_hour() {
        wrong(sam, 4);
        clock.advance(Throttle.FORGET_AFTER.plusSeconds(1));
        wrong(sam, 1);
        assertThat(throttle.waitFor(sam)).isEmpty();
    }
}
