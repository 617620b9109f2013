package org.closeread.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.closeread.analysis.AnalyzerTestSupport.analyze;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnmarkedQuotesTest {

    private static List<Quote> blockQuotes(String text) {
        return analyze(text).quotes().stream().filter(q -> q.reason().startsWith("set off by a colon")).toList();
    }

    @Test
    void words_after_a_source_and_a_colon_are_a_quotation_without_marks() {
        String text = "The council rejected the claims: We have never closed a library. Every branch stays open.";
        assertThat(blockQuotes(text)).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("We have never closed a library. Every branch stays open.");
            assertThat(q.speaker().name()).isEqualTo("council");
        });
    }

    @Test
    void the_block_quotation_ends_before_the_reporter_attributes_again() {
        String text = "The council rejected the claims: We have never closed a library. Every branch stays open. "
                + "It also said the budget was fair. Parents disagree.";
        assertThat(blockQuotes(text)).singleElement().satisfies(q ->
                assertThat(q.text()).isEqualTo("We have never closed a library. Every branch stays open."));
    }

    @Test
    void an_attribution_in_the_first_sentence_does_not_cut_the_quotation_to_nothing() {
        String text = "The mayor wrote: Nobody told me, she added. We will reopen.";
        assertThat(blockQuotes(text)).singleElement().satisfies(q -> assertThat(q.text()).startsWith("Nobody told me"));
    }

    @Test
    void a_colon_before_quotation_marks_is_left_to_the_marks() {
        assertThat(blockQuotes("The mayor said: “We will reopen.”")).isEmpty();
    }
}
