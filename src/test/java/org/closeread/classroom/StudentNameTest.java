package org.closeread.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StudentNameTest {

    @Test
    void spaces_are_tidied() {
        assertThat(StudentName.clean("  Zoë   van  Dijk ")).contains("Zoë van Dijk");
    }

    @Test
    void a_name_needs_a_letter_or_digit_and_no_more_than_forty_characters() {
        assertThat(StudentName.clean("")).isEmpty();
        assertThat(StudentName.clean("   ")).isEmpty();
        assertThat(StudentName.clean("---")).isEmpty();
        assertThat(StudentName.clean(null)).isEmpty();
        assertThat(StudentName.clean("a".repeat(StudentName.MAX_LENGTH))).isPresent();
        assertThat(StudentName.clean("a".repeat(StudentName.MAX_LENGTH + 1))).isEmpty();
    }

    @Test
    void control_characters_are_refused() {
        assertThat(StudentName.clean("Sam\u0000")).isEmpty();
        assertThat(StudentName.clean("Sam\u001b[31m")).isEmpty();
    }
}
