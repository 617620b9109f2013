package org.closeread.classroom;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ClassroomConfiguration {

    /**
     * Free wrong codes per browser and per network address; raise the second for a large school behind
     * one address (closeread.join.free-per-address).
     */
    @Bean
    JoinThrottle joinThrottle(@Value("${closeread.join.free-per-browser:" + JoinThrottle.FREE_PER_BROWSER + "}")
                              int perBrowser,
                              @Value("${closeread.join.free-per-address:" + JoinThrottle.FREE_PER_ADDRESS + "}")
                              int perAddress) {
        return new JoinThrottle(Clock.systemUTC(), perBrowser, perAddress);
    }
}
