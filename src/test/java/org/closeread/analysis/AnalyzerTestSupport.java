package org.closeread.analysis;

import java.util.List;

/** One analyser for all tests: the models load once per test run. */
final class AnalyzerTestSupport {

    static final Analyzer ANALYZER = new Analyzer();

    private AnalyzerTestSupport() {
    }

    static ArticleAnalysis analyze(String text) {
        return ANALYZER.analyze(text);
    }

    static Quote quote(String text, String opening) {
        List<Quote> quotes = analyze(text).quotes();
        return quotes.stream().filter(q -> q.text().startsWith(opening)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote starting " + opening + " in " + quotes));
    }

    static String speaker(String text, String opening) {
        Speaker s = quote(text, opening).speaker();
        return s == null ? null : s.name();
    }
}
