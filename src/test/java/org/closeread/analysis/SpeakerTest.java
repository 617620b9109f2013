package org.closeread.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.closeread.analysis.AnalyzerTestSupport.quote;
import static org.closeread.analysis.AnalyzerTestSupport.speaker;

import org.junit.jupiter.api.Test;

class SpeakerTest {

    @Test
    void the_speaker_after_a_quote_is_found() {
        assertThat(speaker("“We will stay,” Maria Lopez said.", "“We")).isEqualTo("Maria Lopez");
    }

    @Test
    void the_speaker_before_a_colon_and_quote_is_found() {
        assertThat(speaker("Maria Lopez said: “We will stay.”", "“We")).isEqualTo("Maria Lopez");
    }

    @Test
    void an_inverted_speaker_with_an_appositive_is_found() {
        String text = "“We will stay,” said Maria Lopez, the mayor.";
        assertThat(speaker(text, "“We")).isEqualTo("Maria Lopez");
    }

    @Test
    void a_speaker_with_an_inserted_description_is_named_by_the_name() {
        String text = "Jeff Rathke, the State Department spokesperson, said, “We urge the governments to act.”";
        assertThat(speaker(text, "“We")).isEqualTo("Jeff Rathke");
    }

    @Test
    void titles_are_not_part_of_the_name() {
        assertThat(speaker("Prime Minister John Key said “the flag matters”.", "“the")).isEqualTo("John Key");
    }

    @Test
    void a_surname_is_completed_with_the_full_name_used_in_the_article() {
        String text = "Sergey Shoigu met Dong Jun.\n\n“We train every day,” Shoigu said.";
        assertThat(speaker(text, "“We")).isEqualTo("Sergey Shoigu");
    }

    @Test
    void he_is_resolved_to_the_nearest_named_person_before_it() {
        String text = "Antony Blinken said he was clear.\n\n“China is the top supplier,” he said.";
        Quote q = quote(text, "“China");
        assertThat(q.speaker().name()).isEqualTo("Antony Blinken");
        assertThat(q.speaker().mention()).isEqualTo("he");
    }

    @Test
    void she_skips_a_speaker_already_known_as_he() {
        String text = "John Smith said it rained. “It poured,” he said.\n\nMary Jones said it was dry. "
                + "Later John Smith said more.\n\n“It was dry,” she said.";
        assertThat(speaker(text, "“It was dry")).isEqualTo("Mary Jones");
    }

    @Test
    void they_is_resolved_to_an_organisation() {
        String text = "The Health Ministry said cases fell.\n\n“We are confident,” they said.";
        assertThat(speaker(text, "“We")).isEqualTo("Health Ministry");
    }

    @Test
    void a_pronoun_in_a_leading_clause_looks_ahead_to_the_subject() {
        String text = "Although it declared a “no limit partnership” with Russia, China maintains that it is neutral.";
        assertThat(speaker(text, "“no limit")).isEqualTo("China");
    }

    @Test
    void according_to_names_the_source() {
        var analysis = AnalyzerTestSupport.analyze("According to the Afghan team’s coach, Alireza Mehraban, the robot scored.");
        assertThat(analysis.attributions()).anySatisfy(a -> {
            assertThat(a.verb()).isEqualTo("according to");
            assertThat(a.speaker().name()).isEqualTo("Alireza Mehraban");
        });
    }

    @Test
    void a_description_is_an_unnamed_speaker() {
        Quote q = quote("China’s top diplomat says Beijing supports a summit at ‘right time’", "‘right");
        assertThat(q.speaker().name()).isEqualTo("China’s top diplomat");
        assertThat(q.speaker().named()).isFalse();
    }

    @Test
    void a_title_without_a_name_is_an_unnamed_speaker() {
        Quote q = quote("The US Secretary of State said “we are clear about this”.", "“we");
        assertThat(q.speaker().name()).isEqualTo("US Secretary of State");
        assertThat(q.speaker().named()).isFalse();
    }

    @Test
    void a_common_noun_opening_the_sentence_is_not_a_name() {
        Quote q = quote("Officials said the plan was “on track”.", "“on");
        assertThat(q.speaker().name()).isEqualTo("Officials");
        assertThat(q.speaker().named()).isFalse();
    }

    @Test
    void a_word_the_article_capitalises_elsewhere_is_a_name_at_the_start_too() {
        String text = "The charity Doctors Without Borders sent a team.\n\nDoctors said the plan was “on track”.";
        assertThat(quote(text, "“on").speaker().named()).isTrue();
        assertThat(quote("Doctors said the plan was “on track”.", "“on").speaker().named()).isFalse();
    }

    @Test
    void a_scare_quote_with_no_source_has_no_speaker() {
        assertThat(speaker("The robot was named “Better Idea” by the team.", "“Better")).isNull();
    }

    @Test
    void a_later_quote_in_the_same_paragraph_keeps_the_speaker() {
        String text = "“It was not possible,” said Ambassador Hamdullah Mohib. “They represent our aspirations.”";
        assertThat(speaker(text, "“They")).isEqualTo("Hamdullah Mohib");
    }

    @Test
    void a_quote_continued_in_the_next_paragraph_keeps_the_speaker() {
        String text = "Maria Lopez said: “The first part goes on.\n\n“And the second part ends here.”";
        assertThat(speaker(text, "“And")).isEqualTo("Maria Lopez");
    }
}
