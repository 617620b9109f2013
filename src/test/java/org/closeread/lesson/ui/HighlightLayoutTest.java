package org.closeread.lesson.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.closeread.article.Annotation;
import org.closeread.article.Lens;
import org.closeread.article.TextQuote;
import org.closeread.article.TextSpan;
import org.junit.jupiter.api.Test;

class HighlightLayoutTest {

    private static Annotation annotation(String id, int start, int end) {
        return new Annotation(id, Lens.QUOTE, new TextSpan(0, start, end), new TextQuote("x", "", ""), "e", Map.of());
    }

    private static List<String> describe(List<HighlightLayout.Run> runs) {
        return runs.stream().map(r -> r.start() + "-" + r.end() + r.covering().stream().map(Annotation::id).toList())
                .toList();
    }

    @Test
    void text_without_annotations_is_one_run() {
        assertThat(describe(HighlightLayout.runs("abcdef", List.of()))).containsExactly("0-6[]");
    }

    @Test
    void nested_annotations_list_the_outer_one_first() {
        var runs = HighlightLayout.runs("0123456789", List.of(annotation("inner", 3, 5), annotation("outer", 1, 8)));

        assertThat(describe(runs)).containsExactly("0-1[]", "1-3[outer]", "3-5[outer, inner]", "5-8[outer]",
                "8-10[]");
    }

    @Test
    void crossing_annotations_are_cut_where_they_meet() {
        var runs = HighlightLayout.runs("0123456789", List.of(annotation("a", 0, 6), annotation("b", 4, 10)));

        assertThat(describe(runs)).containsExactly("0-4[a]", "4-6[a, b]", "6-10[b]");
    }

    @Test
    void annotations_starting_together_put_the_longer_outside() {
        var runs = HighlightLayout.runs("0123456789", List.of(annotation("short", 0, 3), annotation("long", 0, 9)));

        assertThat(describe(runs)).containsExactly("0-3[long, short]", "3-9[long]", "9-10[]");
    }
}
