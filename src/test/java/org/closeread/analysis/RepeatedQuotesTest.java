package org.closeread.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.closeread.analysis.AnalyzerTestSupport.analyze;

import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatedQuotesTest {

    private static List<Quote> repeated(String text) {
        return analyze(text).quotes().stream().filter(q -> q.reason().startsWith("repeats word for word")).toList();
    }

    @Test
    void a_quotation_repeated_without_its_marks_is_the_same_speakers_quotation() {
        String text = "Talks failed on Monday.\n\n“We will not go back until the pay is fair for everyone,” said Jane Doe."
                + "\n\nWe will not go back until the pay is fair for everyone. The plant stays closed.";
        assertThat(repeated(text)).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("We will not go back until the pay is fair for everyone.");
            assertThat(q.speaker().name()).isEqualTo("Jane Doe");
        });
    }

    @Test
    void a_few_words_in_common_are_not_a_repetition() {
        String text = "“The pay is fair,” said Jane Doe.\n\nThe pay is fair, the company says.";
        assertThat(repeated(text)).isEmpty();
    }

    @Test
    void a_quotation_given_twice_with_its_marks_is_not_found_a_third_time() {
        String text = "‘We will not go back until the pay is fair for everyone,’ Jane Doe says.\n\n"
                + "“We will not go back until the pay is fair for everyone,” Jane Doe said.";
        assertThat(repeated(text)).isEmpty();
    }
}
