package org.closeread.analysis.api;

import org.closeread.analysis.Analyzer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One shared analyser: its word lists and the OpenNLP models are read once. */
@Configuration
class AnalysisConfiguration {

    @Bean
    Analyzer analyzer() {
        return new Analyzer();
    }
}
