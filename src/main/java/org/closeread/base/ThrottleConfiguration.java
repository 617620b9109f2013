package org.closeread.base;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ThrottleConfiguration {

    /**
     * One throttle for every code a student types (join codes on /join, resume codes on /join and on a
     * quiz): free wrong codes per browser and per network address; raise the second for a large school
     * behind one address (closeread.join.free-per-address).
     */
    @Bean
    GuessThrottle guessThrottle(@Value("${closeread.join.free-per-browser:" + GuessThrottle.FREE_PER_BROWSER + "}")
                                int perBrowser,
                                @Value("${closeread.join.free-per-address:" + GuessThrottle.FREE_PER_ADDRESS + "}")
                                int perAddress) {
        return new GuessThrottle(Clock.systemUTC(), perBrowser, perAddress);
    }
}
