package org.closeread.base;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;

@Configuration
class ThrottleConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ThrottleConfiguration.class);

    /** Failed guesses in the database, so every node counts them together. */
    @Bean
    ThrottleStore throttleStore(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        return new ThrottleStore(jdbc, transactions, Clock.systemUTC());
    }

    /**
     * One throttle for every code a student types (join codes on /join, resume codes on /join and on a
     * quiz): free wrong codes per browser and per network address; raise the second for a large school
     * behind one address (closeread.join.free-per-address). Counted in the database, across nodes.
     */
    @Bean
    GuessThrottle guessThrottle(@Value("${closeread.join.free-per-browser:" + GuessThrottle.FREE_PER_BROWSER + "}")
                                int perBrowser,
                                @Value("${closeread.join.free-per-address:" + GuessThrottle.FREE_PER_ADDRESS + "}")
                                int perAddress, ThrottleStore store) {
        return new GuessThrottle(Clock.systemUTC(), perBrowser, perAddress, store.named("guess-browser"),
                store.named("guess-address"));
    }

    /** Every ten minutes, on every node (harmless twice): forget failures over an hour old. */
    @Bean
    ThrottlePruning throttlePruning(ThrottleStore store) {
        return new ThrottlePruning(store);
    }

    static final class ThrottlePruning {
        private final ThrottleStore store;

        ThrottlePruning(ThrottleStore store) {
            this.store = store;
        }

        @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
        void prune() {
            int gone = store.prune();
            if (gone > 0) {
                log.debug("Forgot {} old throttle entries", gone);
            }
        }
    }
}
