package org.closeread.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.closeread.lesson.GlossaryTerm;
import org.junit.jupiter.api.Test;

class GlossaryLinesTest {

    @Test
    void a_glossary_typed_one_term_a_line_keeps_the_forms_of_terms_that_stay() {
        List<GlossaryTerm> before = List.of(new GlossaryTerm("readout", List.of("readouts"), "Old."));

        List<GlossaryTerm> after = GlossaryLines.parse("readout: An official summary.\n\n dual-use : Civil and"
                + " military: both.", before);

        assertThat(after).containsExactly(new GlossaryTerm("readout", List.of("readouts"), "An official summary."),
                new GlossaryTerm("dual-use", List.of(), "Civil and military: both."));
        assertThat(GlossaryLines.format(after)).isEqualTo("readout: An official summary.\ndual-use: Civil and"
                + " military: both.");
    }

    @Test
    void a_line_without_a_definition_or_a_term_twice_is_named() {
        assertThat(GlossaryLines.problem("a: b\nno colon here")).hasValueSatisfying(m -> assertThat(m.english())
                .startsWith("Line 2 needs a term"));
        assertThat(GlossaryLines.problem("a: b\nA: c")).hasValueSatisfying(m -> assertThat(m.english())
                .isEqualTo("Line 2 defines “A” a second time."));
        assertThat(GlossaryLines.problem("a: b\n\nc: d")).isEmpty();
    }
}
