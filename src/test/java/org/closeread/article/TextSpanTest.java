package org.closeread.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextSpanTest {

    @Test
    void an_empty_or_reversed_span_is_refused() {
        assertThatThrownBy(() -> new TextSpan(0, 5, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TextSpan(0, 6, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TextSpan(-1, 0, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void spans_overlap_only_inside_the_same_block() {
        assertThat(new TextSpan(0, 0, 10).overlaps(new TextSpan(0, 9, 12))).isTrue();
        assertThat(new TextSpan(0, 0, 10).overlaps(new TextSpan(0, 10, 12))).isFalse();
        assertThat(new TextSpan(0, 0, 10).overlaps(new TextSpan(1, 0, 10))).isFalse();
    }

    @Test
    void reading_order_puts_the_enclosing_span_first() {
        TextSpan outer = new TextSpan(0, 2, 20);
        TextSpan inner = new TextSpan(0, 2, 8);

        assertThat(outer.compareTo(inner)).isNegative();
        assertThat(outer.contains(inner)).isTrue();
        assertThat(new TextSpan(1, 0, 1).compareTo(outer)).isPositive();
    }
}
