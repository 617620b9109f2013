package org.closeread.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.closeread.article.Block;
import org.closeread.article.BlockKind;
import org.closeread.article.TextSpan;
import org.junit.jupiter.api.Test;

class WordsTest {

    private static final String TEXT = "“Russia’s brutal war” – dual-use goods, 03:06 ‘right time’.";
    private final Words words = new Words(List.of(new Block(0, BlockKind.PARAGRAPH, null, TEXT),
            new Block(1, BlockKind.PARAGRAPH, null, "He said so.")));

    private List<String> texts(Set<TextSpan> spans) {
        return spans.stream().map(words::text).toList();
    }

    private TextSpan span(String exact) {
        int start = TEXT.indexOf(exact);
        return new TextSpan(0, start, start + exact.length());
    }

    @Test
    void a_word_is_letters_and_digits_with_apostrophes_inside() {
        assertEquals(List.of("Russia’s", "brutal", "war", "dual", "use", "goods", "03", "06", "right", "time"),
                texts(words.in(new TextSpan(0, 0, TEXT.length()))));
    }

    @Test
    void scoring_splits_words_as_marking_does_combining_marks_and_modifier_apostrophes_included() {
        String tricky = "Zoe\u0308 and Kanienʼkéha, Dong Jun’s 👍🏽 中国 1,000";
        Words these = new Words(List.of(new Block(0, BlockKind.PARAGRAPH, null, tricky)));
        List<String> scored = these.in(new TextSpan(0, 0, tricky.length())).stream().map(these::text).toList();

        assertEquals(List.of("Zoe\u0308", "and", "Kanienʼkéha", "Dong", "Jun’s", "中国", "1", "000"), scored);
        assertEquals(org.closeread.base.WordRule.offsets(tricky).stream().map(w -> tricky.substring(w[0], w[1]))
                .toList(), scored);
        assertEquals(org.closeread.base.WordRule.offsets(tricky).size(),
                org.closeread.base.ui.component.WordBoundaries.of(tricky).wordCount());
    }

    @Test
    void a_mark_covers_every_word_it_touches() {
        assertEquals(List.of("Russia’s", "brutal"), texts(words.in(span("sia’s bru"))));
    }

    @Test
    void a_mark_on_spaces_and_punctuation_only_covers_nothing() {
        assertEquals(List.of(), texts(words.in(span("” – "))));
        assertEquals(List.of(), texts(words.in(span("“"))));
    }

    @Test
    void a_mark_beyond_the_end_of_its_block_covers_only_the_block_s_words() {
        assertEquals(List.of("so"), texts(words.in(new TextSpan(1, 8, 500))));
    }

    @Test
    void a_mark_in_a_block_not_given_covers_nothing() {
        assertEquals(List.of(), texts(words.in(new TextSpan(5, 0, 10))));
    }

    @Test
    void overlapping_marks_cover_each_word_once() {
        assertEquals(List.of("Russia’s", "brutal", "war"), texts(words.in(List.of(span("Russia’s brutal"),
                span("brutal war")))));
    }

    @Test
    void neighbouring_words_join_into_one_span_across_punctuation_but_not_across_blocks() {
        Set<TextSpan> some = words.in(List.of(span("war” – dual"), new TextSpan(1, 0, 2), span("time")));
        List<TextSpan> runs = words.runs(some);
        assertEquals(List.of("war” – dual", "time", "He"), runs.stream().map(words::text).toList());
    }
}
