package org.closeread.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class InflectedFormsTest {

    private final InflectedForms forms = InflectedForms.of(List.of("contend", "deny", "crisis", "admit", "say"));

    @Test
    void regular_inflections_are_worth_a_lemma() {
        assertThat(forms.mightBeOne("contends")).isTrue();
        assertThat(forms.mightBeOne("contended")).isTrue();
        assertThat(forms.mightBeOne("denied")).isTrue();
        assertThat(forms.mightBeOne("admitting")).isTrue();
        assertThat(forms.mightBeOne("says")).isTrue();
    }

    @Test
    void a_plural_that_changes_its_ending_is_worth_a_lemma() {
        assertThat(forms.mightBeOne("crises")).isTrue();
    }

    @Test
    void a_word_in_its_listed_base_form_needs_no_lemma() {
        assertThat(forms.mightBeOne("contend")).isFalse();
        assertThat(forms.mightBeOne("crisis")).isFalse();
    }

    @Test
    void words_that_only_share_a_few_letters_or_run_much_longer_are_skipped() {
        assertThat(forms.mightBeOne("concert")).isFalse();
        assertThat(forms.mightBeOne("continental")).isFalse();
        assertThat(forms.mightBeOne("dentist")).isTrue(); // starts like "deny": the lemmatizer sorts it out
        assertThat(forms.mightBeOne("contendersmith")).isFalse();
        assertThat(forms.mightBeOne("the")).isFalse();
    }
}
