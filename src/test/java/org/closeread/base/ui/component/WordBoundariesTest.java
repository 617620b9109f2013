package org.closeread.base.ui.component;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.closeread.base.ui.component.SpanMarker.Mark;
import org.junit.jupiter.api.Test;

class WordBoundariesTest {

    private static List<String> words(String text) {
        WordBoundaries words = WordBoundaries.of(text);
        return IntStream.range(0, words.wordCount())
                .mapToObj(i -> text.substring(words.start(i), words.end(i)))
                .toList();
    }

    private static Optional<String> snapped(String text, int start, int end) {
        return WordBoundaries.of(text).snap(new Mark(0, start, end))
                .map(mark -> text.substring(mark.start(), mark.end()));
    }

    @Test
    void words_are_letters_and_digits_between_spaces_and_punctuation() {
        assertEquals(List.of("Defence", "ministers", "meet", "in", "Astana", "on", "Friday"),
                words("Defence ministers meet in Astana, on Friday."));
        assertEquals(List.of("G20", "met", "in", "2024", "1", "000", "delegates"),
                words("G20 met in 2024: 1,000 delegates!"));
    }

    @Test
    void apostrophes_inside_a_word_belong_to_it_straight_or_curly() {
        assertEquals(List.of("China’s", "minister", "won't", "rock'n'roll"),
                words("China’s minister won't rock'n'roll"));
        assertEquals(List.of("Ukraine\u02BCs", "war"), words("Ukraine\u02BCs war"), "modifier letter apostrophe");
    }

    @Test
    void quotation_marks_and_apostrophes_at_a_word_edge_lie_outside_it() {
        assertEquals(List.of("Our", "interaction", "is", "important", "planet", "Dong", "Jun", "says"),
                words("‘Our interaction is important … planet,’ Dong Jun says"));
        assertEquals(List.of("particular", "importance"), words("“particular importance”,"));
        assertEquals(List.of("the", "students", "work", "rock"), words("the students’ work 'rock'"));
    }

    @Test
    void hyphens_and_dashes_separate_words() {
        assertEquals(List.of("China", "Russia", "ties", "strong"), words("China-Russia ties—strong"));
    }

    @Test
    void letters_of_any_script_and_combining_accents_make_words() {
        assertEquals(List.of("Шойгу", "café", "nai\u0308ve", "東京"), words("Шойгу café nai\u0308ve 東京"));
        assertEquals(List.of("a\uD835\uDC00b"), words("a\uD835\uDC00b"));
    }

    @Test
    void text_without_words_has_none() {
        assertEquals(List.of(), words(""));
        assertEquals(List.of(), words("  — … !? “” ’ "));
    }

    @Test
    void a_mark_snaps_to_the_whole_words_it_touches() {
        String text = "powering Russia’s brutal war of aggression.";
        assertEquals(Optional.of("brutal war"), snapped(text, text.indexOf("rutal"), text.indexOf("war") + 1));
        assertEquals(Optional.of("brutal"), snapped(text, text.indexOf("brutal") - 1, text.indexOf("brutal") + 7));
        assertEquals(Optional.of("aggression"), snapped(text, text.indexOf("aggression"), text.length()));
        assertEquals(Optional.of("Russia’s"), snapped(text, text.indexOf("’"), text.indexOf("’") + 1));
    }

    @Test
    void a_mark_over_no_word_or_past_the_text_snaps_to_nothing() {
        String text = "“Yes,” he said.";
        assertEquals(Optional.empty(), snapped(text, 0, 1));
        assertEquals(Optional.empty(), snapped(text, 4, 7));
        assertEquals(Optional.empty(), snapped(text, 0, text.length() + 1));
        assertEquals(Optional.of("Yes"), snapped(text, 0, 2));
    }
}
