package org.closeread.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JoinCodeTest {

    @Test
    void a_new_code_has_six_characters_without_look_alikes() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String code = JoinCode.generate().value();
            assertThat(code).hasSize(JoinCode.LENGTH).matches("[A-Z2-9]{6}").doesNotContainPattern("[01OIL]");
            seen.add(code);
        }
        assertThat(seen).as("codes are random, not a sequence").hasSizeGreaterThan(1990);
    }

    @Test
    void typing_is_forgiving_about_case_spaces_and_dashes() {
        assertThat(JoinCode.parse(" k7q-m4t ")).contains(new JoinCode("K7QM4T"));
        assertThat(JoinCode.parse("k7q m4t")).contains(new JoinCode("K7QM4T"));
    }

    @Test
    void what_cannot_be_a_code_is_no_code() {
        assertThat(JoinCode.parse("K7QM4")).isEmpty();
        assertThat(JoinCode.parse("K7QM4TX")).isEmpty();
        assertThat(JoinCode.parse("K0QM4T")).as("zero is not in the alphabet").isEmpty();
        assertThat(JoinCode.parse("KOQM4T")).as("nor is O").isEmpty();
        assertThat(JoinCode.parse("K1QMLT")).as("nor 1 or L").isEmpty();
        assertThat(JoinCode.parse(null)).isEmpty();
        assertThatThrownBy(() -> new JoinCode("k7qm4t")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_code_is_shown_in_two_groups_of_three() {
        assertThat(new JoinCode("K7QM4T").shown()).isEqualTo("K7Q-M4T");
    }
}
