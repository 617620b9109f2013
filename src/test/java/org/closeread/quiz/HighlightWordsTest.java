package org.closeread.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.closeread.article.Block;
import org.closeread.article.BlockKind;
import org.closeread.article.TextSpan;
import org.junit.jupiter.api.Test;

class HighlightWordsTest {

    private static final String TEXT = "The US contends that “China’s” role is neutral.";
    private static final HighlightQuestion QUESTION = new HighlightQuestion(new Stem("q", "Mark it.", "Because."),
            List.of(new Block(2, BlockKind.PARAGRAPH, "p", TEXT)),
            List.of(new Target(span("contends"), List.of(span("US contends")))));

    private static TextSpan span(String words) {
        int start = TEXT.indexOf(words);
        return new TextSpan(2, start, start + words.length());
    }

    @Test
    void the_key_has_the_words_of_every_accepted_wording() {
        assertThat(QUESTION.keyWords()).containsExactly(span("US"), span("contends"));
    }

    @Test
    void a_mark_covers_every_word_it_touches() {
        HighlightAnswer answer = HighlightAnswer.of(new TextSpan(2, TEXT.indexOf("ends"), TEXT.indexOf("hat") + 1));

        assertThat(QUESTION.wordsMarked(answer)).containsExactly(span("contends"), span("that"));
        assertThat(QUESTION.markedRuns(answer)).containsExactly("contends that");
        assertThat(AnswerText.of(QUESTION, answer)).isEqualTo("“contends that”");
    }

    @Test
    void words_keep_apostrophes_and_leave_out_quote_marks() {
        assertThat(QUESTION.words()).extracting(w -> TEXT.substring(w.start(), w.end()))
                .containsExactly("The", "US", "contends", "that", "China’s", "role", "is", "neutral");
    }
}
