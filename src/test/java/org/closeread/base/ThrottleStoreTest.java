package org.closeread.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.closeread.ManualClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Failures kept in the database count across nodes: two throttles on one store (as two nodes would have)
 * give a guesser one allowance between them. The rules' timing runs on a manual clock.
 */
@SpringBootTest
class ThrottleStoreTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void two_nodes_count_one_guesser_together_and_old_failures_are_pruned() {
        ManualClock clock = new ManualClock("2026-11-30T09:00:00Z");
        ThrottleStore store = new ThrottleStore(jdbc, transactions, clock);
        Throttle nodeA = new Throttle(clock, 3, store.named("test-guess"));
        Throttle nodeB = new Throttle(clock, 3, store.named("test-guess"));
        Throttle other = new Throttle(clock, 3, store.named("test-other"));

        nodeA.failed("10.0.0.7");
        nodeB.failed("10.0.0.7");
        assertThat(nodeA.waitFor("10.0.0.7")).isEmpty();
        nodeA.failed("10.0.0.7");
        assertThat(nodeB.waitFor("10.0.0.7")).contains(Throttle.FIRST_WAIT);
        assertThat(nodeA.waitFor("10.0.0.7")).contains(Throttle.FIRST_WAIT);
        assertThat(other.hasFailed("10.0.0.7")).as("another throttle's rows are its own").isFalse();
        assertThat(jdbc.queryForList("select client_key from throttle_failure", String.class))
                .as("keys are stored hashed").doesNotContain("10.0.0.7");

        clock.advance(Duration.ofSeconds(31));
        assertThat(nodeB.waitFor("10.0.0.7")).isEmpty();
        nodeB.failed("10.0.0.7");
        assertThat(nodeA.waitFor("10.0.0.7")).contains(Throttle.FIRST_WAIT.multipliedBy(2));

        nodeA.succeeded("10.0.0.7");
        assertThat(nodeB.hasFailed("10.0.0.7")).isFalse();
        nodeA.failed("10.0.0.8");
        clock.advance(Throttle.FORGET_AFTER.plusSeconds(1));
        assertThat(nodeB.hasFailed("10.0.0.8")).as("forgotten after an hour, even before pruning").isFalse();
        assertThat(store.prune()).isGreaterThanOrEqualTo(1);
        assertThat(nodeA.size()).isZero();
    }
}
