package org.closeread.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.closeread.article.BlockKind;
import org.closeread.base.Message;
import org.junit.jupiter.api.Test;

class PastedArticleTest {

    @Test
    void blank_lines_split_blocks_and_kinds_are_guessed_for_the_teacher_to_check() {
        String pasted = "Advertisement\r\n\r\nMinisters meet  \n\n   \n“We agree,” Dong said.\nShoigu nodded.\n\n"
                + "Photo: AFP\n\nRead more\n\nThe talks went on.\n";

        List<DraftBlock> blocks = PastedArticle.split(pasted);

        assertThat(blocks).extracting(DraftBlock::kind).containsExactly(BlockKind.FURNITURE, BlockKind.PARAGRAPH,
                BlockKind.PARAGRAPH, BlockKind.CREDIT, BlockKind.FURNITURE, BlockKind.PARAGRAPH);
        assertThat(blocks.get(1).text()).isEqualTo("Ministers meet");
        assertThat(blocks.get(2).text()).isEqualTo("“We agree,” Dong said.\nShoigu nodded.");
    }

    @Test
    void the_first_block_is_taken_for_the_headline() {
        assertThat(PastedArticle.split("Ministers meet\n\nThey met.")).extracting(DraftBlock::kind)
                .containsExactly(BlockKind.HEADLINE, BlockKind.PARAGRAPH);
    }

    @Test
    void empty_text_and_lines_the_format_reads_as_comments_are_refused_with_a_reason() {
        assertThat(PastedArticle.problem(" \n ").map(Message::english)).contains("Paste the article’s text.");
        assertThat(PastedArticle.problem("Votes\n\n%50 said yes").map(Message::english)).contains(
                "Line 3 starts with %, which lesson files read as a comment. Put a space before it.");
        assertThat(DraftBlock.textProblem("One\n\nTwo")).isPresent();
        assertThat(DraftBlock.textProblem("One\nTwo")).isEmpty();
    }
}
