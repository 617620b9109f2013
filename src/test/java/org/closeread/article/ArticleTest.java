package org.closeread.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArticleTest {

    static Article article(String... texts) {
        List<Block> blocks = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            blocks.add(new Block(i, i == 0 ? BlockKind.HEADLINE : BlockKind.PARAGRAPH, null, texts[i]));
        }
        return new Article("a", "Title", "Outlet", null, null, null, blocks, List.of());
    }

    @Test
    void occurrences_are_found_in_reading_order_inside_single_blocks() {
        Article article = article("Advertisement", "He said it. He said it again.", "Advertisement");

        assertThat(article.occurrences("Advertisement")).containsExactly(
                new TextSpan(0, 0, 13), new TextSpan(2, 0, 13));
        assertThat(article.occurrences("said")).containsExactly(new TextSpan(1, 3, 7), new TextSpan(1, 15, 19));
    }

    @Test
    void a_text_that_would_cross_two_blocks_is_not_found() {
        Article article = article("First block", "second block");

        assertThat(article.occurrences("block\n\nsecond")).isEmpty();
        assertThat(article.occurrences("")).isEmpty();
    }

    @Test
    void plain_text_joins_blocks_with_a_blank_line_and_offsets_count_in_it() {
        Article article = article("Headline", "One.", "Two.");

        assertThat(article.plainText()).isEqualTo("Headline\n\nOne.\n\nTwo.");
        assertThat(article.offsetOf(2)).isEqualTo(article.plainText().indexOf("Two."));
    }

    @Test
    void an_annotation_outside_the_text_is_refused() {
        Article article = article("Short");
        Annotation outside = new Annotation("x", Lens.QUOTE, new TextSpan(0, 2, 9),
                new TextQuote("ort", "", ""), "Explained.", Map.of());

        assertThatThrownBy(() -> article.withAnnotations(List.of(outside)))
                .hasMessageContaining("outside the text");
    }

    @Test
    void blocks_must_be_numbered_in_order() {
        List<Block> blocks = List.of(new Block(1, BlockKind.PARAGRAPH, null, "x"));

        assertThatThrownBy(() -> new Article("a", "t", "o", null, null, null, blocks, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_text_quote_keeps_context_from_its_own_block() {
        Block block = new Block(0, BlockKind.PARAGRAPH, null, "Dong was quoted by the TASS news agency as saying.");
        TextQuote quote = TextQuote.of(block, new TextSpan(0, 23, 27));

        assertThat(quote.exact()).isEqualTo("TASS");
        assertThat(quote.prefix()).isEqualTo("Dong was quoted by the ");
        assertThat(quote.suffix()).isEqualTo(" news agency as saying.");
    }
}
