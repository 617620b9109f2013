package org.closeread.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.closeread.analysis.AnalyzerTestSupport.analyze;
import static org.closeread.analysis.AnalyzerTestSupport.quote;

import org.junit.jupiter.api.Test;

class SourcingChainTest {

    @Test
    void a_quote_relayed_by_an_agency_names_the_agency_as_channel() {
        Quote q = quote("“Our interaction is important,” Dong was quoted by the TASS news agency as saying.", "“Our");
        assertThat(q.speaker().name()).isEqualTo("Dong");
        assertThat(q.channel()).isEqualTo("TASS news agency");
    }

    @Test
    void quoted_as_saying_without_a_channel_says_the_channel_is_unnamed() {
        String text = "Sergey Shoigu said the drills went well.\n\n“We train,” he was quoted as saying.";
        Quote q = quote(text, "“We");
        assertThat(q.speaker().name()).isEqualTo("Sergey Shoigu");
        assertThat(q.channel()).isEqualTo("unnamed");
    }

    @Test
    void an_outlet_quoting_someone_is_the_channel() {
        Quote q = quote("Reuters quoted Ahmed Khan as saying “the talks failed”.", "“the");
        assertThat(q.speaker().name()).isEqualTo("Ahmed Khan");
        assertThat(q.channel()).isEqualTo("Reuters");
    }

    @Test
    void the_one_told_is_the_channel() {
        Quote q = quote("Suella Braverman told GB News: “It is clear we have a problem.”", "“It");
        assertThat(q.speaker().name()).isEqualTo("Suella Braverman");
        assertThat(q.channel()).isEqualTo("GB News");
    }

    @Test
    void an_audience_told_is_not_a_channel() {
        Quote q = quote("“The deal is done,” Maria Lopez told the conference.", "“The");
        assertThat(q.speaker().name()).isEqualTo("Maria Lopez");
        assertThat(q.channel()).isNull();
        assertThat(analyze("The mayor told a packed meeting that the bridge would reopen in May.").attributions())
                .singleElement().satisfies(a -> assertThat(a.channel()).isNull());
    }

    @Test
    void read_more_and_other_commands_to_the_reader_are_not_reporting_verbs() {
        assertThat(analyze("Read more: Council approves budget after a long debate").attributions()).isEmpty();
        assertThat(analyze("Tell us what you think: is the plan fair?").attributions())
                .noneMatch(a -> a.verb().equals("Tell"));
        assertThat(analyze("Read the report: it says rents rose.").attributions())
                .noneMatch(a -> a.verb().equals("Read"));
    }

    @Test
    void citing_makes_the_cited_one_the_source_and_the_subject_the_channel() {
        var analysis = analyze("AFP reported that ten people died, citing local officials.");
        assertThat(analysis.attributions()).anySatisfy(a -> {
            assertThat(a.verb()).isEqualTo("citing");
            assertThat(a.speaker().name()).isEqualTo("local officials");
            assertThat(a.channel()).isEqualTo("AFP");
        });
    }

    @Test
    void a_photo_credit_names_the_supplier_and_the_channel() {
        var analysis = analyze("Photo: Russian Defence Ministry Press Service via AP");
        assertThat(analysis.attributions()).singleElement().satisfies(a -> {
            assertThat(a.speaker().name()).isEqualTo("Russian Defence Ministry Press Service");
            assertThat(a.channel()).isEqualTo("AP");
        });
    }

    @Test
    void it_had_been_reported_has_no_named_source() {
        var analysis = analyze("It had been reported before the trip that the US was considering sanctions.");
        assertThat(analysis.attributions()).singleElement().satisfies(a -> {
            assertThat(a.speaker().named()).isFalse();
            assertThat(a.channel()).isEqualTo("unnamed");
        });
        assertThat(analysis.quotes()).singleElement().satisfies(q -> {
            assertThat(q.form()).isEqualTo(QuoteForm.INDIRECT);
            assertThat(q.text()).isEqualTo("the US was considering sanctions");
        });
    }

    @Test
    void words_given_in_remarks_to_a_broadcaster_name_it_as_channel() {
        var analysis = analyze("Suleiman al-Amr, in remarks to Al Arabiya television, said “all the wounded were taken away”.");
        assertThat(analysis.quotes().get(0).channel()).isEqualTo("Al Arabiya television");
    }
}
