package org.closeread.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.closeread.analysis.AnalyzerTestSupport.analyze;

import org.junit.jupiter.api.Test;

class StanceTest {

    private static Stance stanceOf(String text, String verb) {
        return analyze(text).verbs().stream().filter(v -> v.text().equals(verb)).findFirst()
                .orElseThrow(() -> new AssertionError("no verb " + verb + " in " + analyze(text).verbs())).stance();
    }

    @Test
    void said_told_and_stated_are_neutral() {
        assertThat(stanceOf("The minister said that talks went well.", "said")).isEqualTo(Stance.NEUTRAL);
        assertThat(stanceOf("The minister told reporters that talks went well.", "told")).isEqualTo(Stance.NEUTRAL);
        assertThat(stanceOf("The minister stated that talks went well.", "stated")).isEqualTo(Stance.NEUTRAL);
    }

    @Test
    void contends_and_contended_are_both_distancing() {
        assertThat(stanceOf("The US contends that China helps Russia.", "contends")).isEqualTo(Stance.DISTANCING);
        assertThat(stanceOf("The US contended that China helps Russia.", "contended")).isEqualTo(Stance.DISTANCING);
    }

    @Test
    void maintains_claims_alleges_and_insists_are_distancing() {
        assertThat(stanceOf("China maintains that it is neutral.", "maintains")).isEqualTo(Stance.DISTANCING);
        assertThat(stanceOf("Paris claims she was held.", "claims")).isEqualTo(Stance.DISTANCING);
        assertThat(stanceOf("The lawsuit alleges that funds were moved.", "alleges")).isEqualTo(Stance.DISTANCING);
        assertThat(stanceOf("He insists that he is innocent.", "insists")).isEqualTo(Stance.DISTANCING);
    }

    @Test
    void accused_and_slammed_are_conflict() {
        assertThat(stanceOf("Washington has accused Beijing of exporting goods.", "accused")).isEqualTo(Stance.CONFLICT);
        assertThat(stanceOf("The senator slammed the plan as reckless.", "slammed")).isEqualTo(Stance.CONFLICT);
    }

    @Test
    void admitted_and_denied_are_admission_or_denial() {
        assertThat(stanceOf("The firm admitted that it made mistakes.", "admitted")).isEqualTo(Stance.ADMISSION_OR_DENIAL);
        assertThat(stanceOf("The Church denied that she was forced.", "denied")).isEqualTo(Stance.ADMISSION_OR_DENIAL);
    }

    @Test
    void revealed_and_confirmed_presuppose_the_content() {
        assertThat(stanceOf("Recent reports have revealed that he was arrested.", "revealed")).isEqualTo(Stance.PRESUPPOSING);
        assertThat(stanceOf("Police confirmed that two people died.", "confirmed")).isEqualTo(Stance.PRESUPPOSING);
    }

    @Test
    void maintaining_ties_is_not_a_reporting_verb() {
        assertThat(analyze("Maintaining close ties with Russia was important.").verbs()).isEmpty();
        assertThat(analyze("The minister said that maintaining close ties with Russia was important.").verbs())
                .extracting(VerbUse::text).containsExactly("said");
    }

    @Test
    void a_passive_denial_of_visas_is_not_a_reporting_verb() {
        assertThat(analyze("The team had been denied visas twice.").verbs()).isEmpty();
    }

    @Test
    void an_indirect_quote_keeps_the_speaker_and_the_reported_clause() {
        Quote q = analyze("Shoigu said that relations continue to develop at a high rate.").quotes().get(0);
        assertThat(q.form()).isEqualTo(QuoteForm.INDIRECT);
        assertThat(q.text()).isEqualTo("relations continue to develop at a high rate");
        assertThat(q.speaker().name()).isEqualTo("Shoigu");
    }
}
