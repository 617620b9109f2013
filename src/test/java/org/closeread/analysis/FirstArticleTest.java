package org.closeread.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The first article, whole and verbatim, page furniture included. */
class FirstArticleTest {

    private static final String TEXT = FirstArticleQuotes.text();
    private static final ArticleAnalysis ANALYSIS = AnalyzerTestSupport.analyze(TEXT);

    private static Quote quote(String opening) {
        return ANALYSIS.quotes().stream().filter(q -> q.text().startsWith(opening)).findFirst().orElseThrow();
    }

    @Test
    void every_quote_is_found_with_its_speaker_and_channel() {
        List<Quote> marked = new ArrayList<>(ANALYSIS.quotes().stream().filter(q -> q.form() != QuoteForm.INDIRECT).toList());
        for (FirstArticleQuotes.Expected e : FirstArticleQuotes.ALL) {
            Quote q = marked.stream().filter(x -> x.text().startsWith(e.opening())).findFirst()
                    .orElseThrow(() -> new AssertionError("missed " + e.opening()));
            marked.remove(q);
            assertThat(q.speaker()).as(e.opening()).isNotNull();
            assertThat(q.speaker().name()).as(e.opening()).isEqualTo(e.speaker());
            assertThat(q.speaker().named()).as(e.opening()).isEqualTo(e.named());
            assertThat(q.channel()).as(e.opening()).isEqualTo(e.channel());
        }
        assertThat(marked).as("quotes nobody expected").isEmpty();
    }

    @Test
    void offsets_point_at_the_quoted_text() {
        for (Quote q : ANALYSIS.quotes()) {
            assertThat(TEXT.substring(q.span().start(), q.span().end())).isEqualTo(q.text());
        }
    }

    @Test
    void the_standfirst_cut_of_dongs_quote_is_attributed_to_dong() {
        Quote standfirst = quote("‘Our interaction is important");
        assertThat(standfirst.form()).isEqualTo(QuoteForm.DIRECT);
        assertThat(standfirst.speaker().name()).isEqualTo("Dong Jun");
        assertThat(quote("“In a volatile").text()).contains("Our interaction is important for strategic stability");
    }

    @Test
    void the_standfirst_partial_quote_takes_its_speaker_from_the_full_quote_below() {
        assertThat(quote("‘powering").reason()).contains("same words");
    }

    @Test
    void the_defence_minister_of_the_lead_is_dong_jun_whom_the_next_paragraph_names() {
        Quote q = quote("“particular importance”");
        assertThat(q.speaker().name()).isEqualTo("Dong Jun");
        assertThat(q.speaker().named()).isTrue();
        assertThat(q.speaker().mention()).isEqualTo("China’s defence minister");
        assertThat(q.reason()).contains("\"China’s defence minister\" is Dong Jun");
    }

    @Test
    void the_top_diplomat_whom_the_article_never_names_stays_unnamed() {
        assertThat(ANALYSIS.quotes()).filteredOn(q -> q.text().equals("‘right time’")).hasSize(2)
                .allSatisfy(q -> assertThat(q.speaker().named()).isFalse());
    }

    @Test
    void he_was_quoted_as_saying_after_page_furniture_is_shoigu_with_an_unnamed_channel() {
        Quote q = quote("“We regularly carry out");
        assertThat(q.speaker().name()).isEqualTo("Sergey Shoigu");
        assertThat(q.speaker().mention()).isEqualTo("he");
        assertThat(q.channel()).isEqualTo("unnamed");
    }

    @Test
    void dongs_quote_is_relayed_by_tass() {
        assertThat(quote("“In a volatile").channel()).isEqualTo("TASS news agency");
    }

    @Test
    void the_us_contention_is_a_distancing_verb() {
        assertThat(ANALYSIS.verbs()).anySatisfy(v -> {
            assertThat(v.text()).isEqualTo("contends");
            assertThat(v.stance()).isEqualTo(Stance.DISTANCING);
        });
    }

    @Test
    void brutal_war_of_aggression_is_loaded_and_quoted() {
        assertThat(ANALYSIS.loaded()).filteredOn(w -> w.text().equals("war of aggression"))
                .hasSize(2).allSatisfy(w -> assertThat(w.voice()).isEqualTo(Voice.QUOTED));
    }

    @Test
    void who_is_quoted_lists_named_and_unnamed_speakers_with_their_channels() {
        assertThat(ANALYSIS.speakers()).anySatisfy(s -> {
            assertThat(s.name()).isEqualTo("Dong Jun");
            assertThat(s.named()).isTrue();
            assertThat(s.channels()).contains("TASS news agency");
        });
        assertThat(ANALYSIS.speakers()).anySatisfy(s -> {
            assertThat(s.name()).isEqualTo("China’s top diplomat");
            assertThat(s.named()).isFalse();
        });
    }
}
