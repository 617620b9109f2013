package org.closeread.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.closeread.ManualClock;
import org.junit.jupiter.api.Test;

class ThrottleTest {

    private final ManualClock clock = new ManualClock("2026-11-28T09:00:00Z");
    private static final int FREE_FAILURES = 5;
    private final Throttle throttle = new Throttle(clock, FREE_FAILURES);

    private void fail(String key, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(key);
        }
    }

    @Test
    void a_few_mistakes_cost_nothing() {
        fail("account:ada", FREE_FAILURES - 1);

        assertThat(throttle.waitFor("account:ada")).isEmpty();
    }

    @Test
    void too_many_failures_make_the_key_wait_thirty_seconds_then_longer() {
        fail("account:ada", FREE_FAILURES);
        assertThat(throttle.waitFor("account:ada")).contains(Duration.ofSeconds(30));

        clock.advanceSeconds(31);
        assertThat(throttle.waitFor("account:ada")).isEmpty();
        fail("account:ada", 1);
        assertThat(throttle.waitFor("account:ada")).contains(Duration.ofSeconds(60));
    }

    @Test
    void the_wait_never_grows_beyond_fifteen_minutes() {
        fail("client:1.2.3.4", 40);

        assertThat(throttle.waitFor("client:1.2.3.4")).contains(Duration.ofMinutes(15));
    }

    @Test
    void a_success_clears_the_key_and_other_keys_are_not_affected() {
        fail("account:ada", 6);
        throttle.succeeded("account:ada");

        assertThat(throttle.waitFor("account:ada")).isEmpty();
        assertThat(throttle.waitFor("account:bob")).isEmpty();
    }

    @Test
    void old_failures_are_forgotten() {
        fail("account:ada", FREE_FAILURES - 1);
        clock.advance(Throttle.FORGET_AFTER.plusSeconds(1));
        fail("account:ada", 1);

        assertThat(throttle.waitFor("account:ada")).isEmpty();
    }

    @Test
    void memory_stays_bounded_after_100000_distinct_failing_keys() {
        fail("account:ada", FREE_FAILURES);
        for (int i = 0; i < 100_000; i++) {
            throttle.failed("client:" + i);
            if (i % 1000 == 0) {
                throttle.waitFor("account:ada");
            }
        }

        assertThat(throttle.size()).isLessThanOrEqualTo(Throttle.MAX_KEYS);
    }

    @Test
    void a_small_cap_is_kept_too() {
        Throttle small = new Throttle(Clock.fixed(clock.instant(), ZoneOffset.UTC), 1, 100);
        for (int i = 0; i < 5_000; i++) {
            small.failed("key-" + i);
        }
        assertThat(small.size()).isLessThanOrEqualTo(100);
    }

    @Test
    void the_message_rounds_up_to_whole_seconds() {
        assertThat(Throttle.inSeconds(Duration.ofMillis(29_100))).isEqualTo("try again in 30 seconds.");
    }
}
