package org.closeread.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.closeread.analysis.AnalyzerTestSupport.analyze;

import org.junit.jupiter.api.Test;

class LoadedWordsTest {

    @Test
    void a_loaded_word_inside_a_quote_is_the_speakers_voice() {
        var loaded = analyze("He blamed “the West’s selfish escapades” for it.").loaded();
        assertThat(loaded).extracting(LoadedWord::text).containsExactly("selfish", "escapades");
        assertThat(loaded).allSatisfy(w -> assertThat(w.voice()).isEqualTo(Voice.QUOTED));
    }

    @Test
    void a_loaded_word_outside_quotes_is_the_reporters_voice() {
        var loaded = analyze("The brutal crackdown continued.").loaded();
        assertThat(loaded).extracting(LoadedWord::text).containsExactly("brutal", "crackdown");
        assertThat(loaded).allSatisfy(w -> assertThat(w.voice()).isEqualTo(Voice.REPORTER));
    }

    @Test
    void a_phrase_is_found_as_one_candidate() {
        assertThat(analyze("They fight a war of aggression.").loaded()).extracting(LoadedWord::text)
                .containsExactly("war of aggression");
    }

    @Test
    void a_name_is_not_loaded_language() {
        assertThat(analyze("Photo: Chaos Press Service").loaded()).isEmpty();
    }

    @Test
    void loaded_words_are_suggested_with_low_confidence() {
        var suggestions = analyze("The brutal war went on.").suggestions();
        assertThat(suggestions).filteredOn(s -> s.lens() == Lens.FRAMING)
                .allSatisfy(s -> assertThat(s.facts()).containsEntry("confidence", "low"));
    }
}
