package org.closeread.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DescribedSpeakersTest {

    private static Speaker speakerOf(String text) {
        return AnalyzerTestSupport.analyze(text).quotes().stream().filter(q -> q.form() != QuoteForm.INDIRECT)
                .findFirst().orElseThrow().speaker();
    }

    @Test
    void a_role_is_the_person_the_next_paragraph_names_with_that_title() {
        Speaker s = speakerOf("The defence minister said ties were of “particular importance”.\n\n"
                + "Minister Maria Lopez made the statement on Friday.");
        assertThat(s.name()).isEqualTo("Maria Lopez");
        assertThat(s.named()).isTrue();
        assertThat(s.mention()).isEqualTo("The defence minister");
    }

    @Test
    void a_title_with_a_country_and_a_portfolio_matches_the_same_title() {
        Speaker s = speakerOf("The US Secretary of State said “we are clear about this”.\n\n"
                + "US Secretary of State Antony Blinken is in Beijing.");
        assertThat(s.name()).isEqualTo("Antony Blinken");
    }

    @Test
    void another_country_s_minister_is_not_the_one_described() {
        Speaker s = speakerOf("Russian Defence Minister Ivan Petrov met his counterpart.\n\n"
                + "China’s defence minister said ties were of “particular importance”.");
        assertThat(s.name()).isEqualTo("China’s defence minister");
        assertThat(s.named()).isFalse();
    }

    @Test
    void another_portfolio_or_rank_is_another_person() {
        assertThat(speakerOf("The foreign minister said “we are clear”.\n\nDefence Minister Maria Lopez is new.")
                .named()).isFalse();
        assertThat(speakerOf("The deputy minister said “we are clear”.\n\nMinister Maria Lopez is new.")
                .named()).isFalse();
    }

    @Test
    void an_indefinite_description_brings_in_someone_new() {
        assertThat(speakerOf("A spokesman said “we are clear”.\n\nSpokesman John Smith is new.").named()).isFalse();
    }

    @Test
    void a_name_far_from_the_description_is_not_taken() {
        Speaker s = speakerOf("Minister Maria Lopez arrived.\n\nTalks began.\n\nThey went on.\n\nThey ended.\n\n"
                + "The minister said “we are clear”.");
        assertThat(s.named()).isFalse();
    }

    @Test
    void a_description_whose_head_is_not_an_office_stays_unnamed() {
        Speaker s = speakerOf("China’s top diplomat says Beijing supports a summit at ‘right time’.\n\n"
                + "Minister Dong Jun met Sergey Shoigu.");
        assertThat(s.name()).isEqualTo("China’s top diplomat");
        assertThat(s.named()).isFalse();
    }
}
