package org.closeread.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.closeread.analysis.AnalyzerTestSupport.analyze;
import static org.closeread.analysis.AnalyzerTestSupport.speaker;

import org.junit.jupiter.api.Test;

class SignedQuotesTest {

    @Test
    void a_quotation_signed_after_a_dash_is_the_signers() {
        String text = "The strike went on.\n\n“We will not go back until the pay is fair.” — Jane Doe\n\nTalks resume today.";
        assertThat(speaker(text, "“We will not")).isEqualTo("Jane Doe");
    }

    @Test
    void a_signature_may_carry_a_short_description() {
        String text = "“We will not go back until the pay is fair.” — Jane Doe, union president\n\nTalks resume today.";
        assertThat(speaker(text, "“We will not")).isEqualTo("Jane Doe");
    }

    @Test
    void the_signature_is_a_source_without_a_verb() {
        var analysis = analyze("“We will not go back until the pay is fair.” - Jane Doe");
        assertThat(analysis.attributions()).singleElement().satisfies(a -> {
            assertThat(a.text()).isEqualTo("- Jane Doe");
            assertThat(a.speaker().name()).isEqualTo("Jane Doe");
            assertThat(a.verb()).isNull();
        });
        assertThat(analysis.verbs()).isEmpty();
    }

    @Test
    void first_person_words_signed_with_a_name_are_a_quotation_without_marks() {
        String text = "The strike went on.\n\nI was told to go home and never come back to the plant. Jane Doe\n\nTalks resume today.";
        var quotes = analyze(text).quotes().stream().filter(q -> q.form() != QuoteForm.INDIRECT);
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("I was told to go home and never come back to the plant.");
            assertThat(q.speaker().name()).isEqualTo("Jane Doe");
            assertThat(q.form()).isEqualTo(QuoteForm.DIRECT);
        });
    }

    @Test
    void a_caption_followed_by_its_photographer_is_not_a_quotation() {
        String text = "Workers leave the plant at the end of the last shift on Friday. Jane Doe\n\nTalks resume today.";
        assertThat(analyze(text).quotes()).isEmpty();
        assertThat(analyze(text).attributions()).isEmpty();
    }

    @Test
    void a_name_ending_an_ordinary_sentence_signs_nothing() {
        String text = "I met the new manager of the plant, Jane Doe";
        assertThat(analyze(text).quotes()).isEmpty();
    }
}
