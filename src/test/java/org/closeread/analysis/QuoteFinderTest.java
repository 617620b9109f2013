package org.closeread.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {

    private static List<String> quotes(String text) {
        return QuoteFinder.find(text, Paragraphs.of(text)).stream().map(q -> q.span().of(text)).toList();
    }

    @Test
    void a_curly_double_quote_is_found_with_its_marks() {
        assertThat(quotes("He said “we will win” today.")).containsExactly("“we will win”");
    }

    @Test
    void a_straight_double_quote_is_found() {
        assertThat(quotes("He said \"we will win\" today.")).containsExactly("\"we will win\"");
    }

    @Test
    void curly_and_straight_single_quotes_are_found() {
        assertThat(quotes("Summit at ‘right time’ and at 'wrong time' too.")).containsExactly("‘right time’", "'wrong time'");
    }

    @Test
    void guillemets_are_quotes() {
        assertThat(quotes("Il a dit « non merci » hier.")).containsExactly("« non merci »");
    }

    @Test
    void apostrophes_are_not_quotes() {
        assertThat(quotes("Don’t blame Russia’s army or the West’s allies for the ’90s; the students’ union can't.")).isEmpty();
    }

    @Test
    void a_plural_possessive_inside_a_single_quote_does_not_end_it_early() {
        assertThat(quotes("She called it ‘the ministers’ meeting’ yesterday.")).hasSize(1);
    }

    @Test
    void a_quote_nested_in_another_is_found_as_well() {
        String text = "“He called me the ‘anti-christ’ of the church,” Rathbun wrote.";
        assertThat(quotes(text)).containsExactly("“He called me the ‘anti-christ’ of the church,”", "‘anti-christ’");
        assertThat(QuoteFinder.find(text, Paragraphs.of(text)).get(1).depth()).isEqualTo(1);
    }

    @Test
    void a_quote_running_over_two_paragraphs_comes_as_two_linked_pieces() {
        String text = "She said: “The first part goes on.\n\n“And the second part ends here.”\n\nThen news.";
        var found = QuoteFinder.find(text, Paragraphs.of(text));
        assertThat(found).hasSize(2);
        assertThat(found.get(0).span().of(text)).isEqualTo("“The first part goes on.");
        assertThat(found.get(0).runsOn()).isTrue();
        assertThat(found.get(1).span().of(text)).isEqualTo("“And the second part ends here.”");
        assertThat(found.get(1).continues()).isTrue();
    }

    @Test
    void a_straight_quote_reopened_in_a_new_sentence_ends_the_one_before() {
        String text = "He said: \"People need help. \"No one should wait.\"";
        assertThat(quotes(text)).containsExactly("\"People need help.", "\"No one should wait.\"");
    }

    @Test
    void a_quote_opening_with_an_ellipsis_is_found() {
        assertThat(quotes("officials, \"... plied the detective with a theory.\" Then")).hasSize(1);
    }

    @Test
    void an_inch_mark_is_not_a_quote() {
        assertThat(quotes("The screen is 15\" wide.")).isEmpty();
    }
}
