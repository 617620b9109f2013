package org.closeread.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReadableCodeTest {

    @Test
    void codes_never_hold_characters_that_look_alike() {
        for (int i = 0; i < 2000; i++) {
            assertThat(ReadableCode.generate(8)).hasSize(8).doesNotContain("0", "O", "1", "I", "L");
        }
    }

    @Test
    void codes_are_spread_over_the_whole_alphabet() {
        Set<Character> seen = new HashSet<>();
        ReadableCode.generate(5000, new Random(7)).chars().forEach(c -> seen.add((char) c));
        assertThat(seen).hasSize(ReadableCode.ALPHABET.length());
    }

    @Test
    void typing_is_forgiving_about_case_spaces_and_dashes() {
        assertThat(ReadableCode.normalize(" k7qm-4trx ", 8)).contains("K7QM4TRX");
        assertThat(ReadableCode.normalize("K7QM 4TRX", 8)).contains("K7QM4TRX");
    }

    @Test
    void a_wrong_length_or_a_character_no_code_has_is_no_code() {
        assertThat(ReadableCode.normalize("K7QM4TR", 8)).isEmpty();
        assertThat(ReadableCode.normalize("K7QM4TR0", 8)).isEmpty();
        assertThat(ReadableCode.normalize(null, 8)).isEmpty();
        assertThat(ReadableCode.normalize("", 6)).isEmpty();
    }

    @Test
    void codes_are_shown_in_groups_of_four() {
        assertThat(ReadableCode.display("K7QM4TRX")).isEqualTo("K7QM-4TRX");
        assertThat(ReadableCode.display("ABC234")).isEqualTo("ABC2-34");
    }
}
