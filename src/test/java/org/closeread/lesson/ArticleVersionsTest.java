package org.closeread.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.closeread.article.Article;
import org.closeread.article.Block;
import org.closeread.article.BlockKind;
import org.junit.jupiter.api.Test;

class ArticleVersionsTest {

    private static List<Block> blocks(String... texts) {
        return java.util.stream.IntStream.range(0, texts.length)
                .mapToObj(i -> new Block(i, BlockKind.PARAGRAPH, null, texts[i])).toList();
    }

    private static Article article(String slug, String... texts) {
        return new Article(slug, "Title", "Daily", null, null, null, blocks(texts), List.of());
    }

    @Test
    void a_new_lesson_stores_its_article_under_its_own_slug() {
        assertThat(ArticleVersions.slugFor("demo", Optional.empty(), blocks("One."), slug -> false))
                .isEqualTo("demo");
    }

    @Test
    void the_same_text_keeps_its_slug_even_when_kinds_or_details_change() {
        List<Block> furniture = List.of(new Block(0, BlockKind.FURNITURE, "ad", "One."));

        assertThat(ArticleVersions.slugFor("demo", Optional.of(article("demo.v2", "One.")), furniture,
                Set.of("demo", "demo.v2")::contains)).isEqualTo("demo.v2");
    }

    @Test
    void a_changed_text_is_stored_as_the_next_version_and_the_old_one_stays() {
        Set<String> taken = Set.of("demo", "demo.v2");

        assertThat(ArticleVersions.slugFor("demo", Optional.of(article("demo.v2", "One.")), blocks("One!"),
                taken::contains)).isEqualTo("demo.v3");
        assertThat(ArticleVersions.slugFor("demo", Optional.of(article("demo", "One.")), blocks("One.", "Two."),
                Set.of("demo")::contains)).isEqualTo("demo.v2");
    }
}
