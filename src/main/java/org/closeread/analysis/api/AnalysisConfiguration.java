package org.closeread.analysis.api;

import java.time.Clock;
import java.time.Duration;
import org.closeread.analysis.Analyzer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One shared analyser: its word lists and the OpenNLP models are read once. */
@Configuration
class AnalysisConfiguration {

    @Bean
    Analyzer analyzer() {
        return new Analyzer();
    }

    /**
     * closeread.analysis.per-minute requests a minute per client address; closeread.analysis.max-concurrent
     * analyses at once (0: twice the processors); closeread.analysis.time-limit-seconds per analysis.
     */
    @Bean
    AnalysisLimits analysisLimits(@Value("${closeread.analysis.per-minute:30}") int perMinute,
                                  @Value("${closeread.analysis.max-concurrent:0}") int maxConcurrent,
                                  @Value("${closeread.analysis.time-limit-seconds:20}") int timeLimitSeconds) {
        int concurrent = maxConcurrent > 0 ? maxConcurrent : 2 * Runtime.getRuntime().availableProcessors();
        return new AnalysisLimits(Clock.systemUTC(), perMinute, concurrent, Duration.ofSeconds(timeLimitSeconds));
    }
}
