package org.closeread.base.ui.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.closeread.base.ui.component.SpanMarker.Block;
import org.closeread.base.ui.component.SpanMarker.Mark;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/** How marks are read from the browser and checked against the text: the server trusts none of it. */
class SpanMarkerMarksTest {

    private static final String HEADLINE = "Chinese and Russian defence ministers reaffirm close ties";
    private static final String QUOTE = "‘powering Russia’s brutal war of aggression against Ukraine’";
    private static final MarkableText TEXT = new MarkableText(List.of(
            new Block(0, "HEADLINE", HEADLINE), new Block(7, "STANDFIRST", QUOTE), new Block(8, "FURNITURE", "—")));

    private static Mark mark(int block, String text, String phrase) {
        int start = text.indexOf(phrase);
        return new Mark(block, start, start + phrase.length());
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static List<Mark> read(String json) {
        return MarkJson.read(JSON.readTree(json));
    }

    @Test
    void a_mark_is_a_non_empty_forward_range_in_a_block() {
        assertThrows(IllegalArgumentException.class, () -> new Mark(-1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new Mark(0, -1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Mark(0, 3, 3));
        assertThrows(IllegalArgumentException.class, () -> new Mark(0, 5, 2));
    }

    @Test
    void marks_are_read_as_whole_non_negative_numbers() {
        assertEquals(List.of(new Mark(7, 10, 16), new Mark(0, 0, 7)),
                read("[{\"block\":7,\"start\":10,\"end\":16},{\"block\":0,\"start\":0,\"end\":7,\"extra\":true}]"));
    }

    @Test
    void malformed_entries_are_left_out_not_guessed_at() {
        assertEquals(List.of(), read("[{\"block\":0,\"start\":9,\"end\":3}]"), "reversed");
        assertEquals(List.of(), read("[{\"block\":0,\"start\":3,\"end\":3}]"), "empty");
        assertEquals(List.of(), read("[{\"block\":0,\"start\":-2,\"end\":3}]"), "negative");
        assertEquals(List.of(), read("[{\"block\":0,\"start\":1.5,\"end\":3}]"), "fraction");
        assertEquals(List.of(), read("[{\"block\":0,\"start\":0,\"end\":1e12}]"), "too large");
        assertEquals(List.of(), read("[{\"block\":\"0\",\"start\":0,\"end\":3}]"), "string");
        assertEquals(List.of(), read("[{\"block\":0,\"end\":3}]"), "missing start");
        assertEquals(List.of(), read("[null, 3, \"mark\", [0, 1, 2]]"), "not objects");
        assertEquals(List.of(), read("{\"block\":0,\"start\":0,\"end\":3}"), "not an array");
        assertEquals(List.of(), MarkJson.read(null), "nothing");
        assertEquals(List.of(new Mark(0, 0, 3)),
                read("[{\"block\":0,\"start\":9,\"end\":3},{\"block\":0,\"start\":0,\"end\":3}]"), "the good one stays");
    }

    @Test
    void no_more_than_a_bounded_number_of_marks_is_read() {
        ArrayNode many = JSON.createArrayNode();
        JsonNode first = JSON.readTree("{\"block\":0,\"start\":0,\"end\":1}");
        for (int i = 0; i < MarkJson.MAX_INCOMING + 5; i++) {
            many.add(first);
        }
        assertEquals(MarkJson.MAX_INCOMING, MarkJson.read(many).size());
    }

    @Test
    void marks_are_snapped_to_whole_words() {
        int rutal = QUOTE.indexOf("rutal");
        assertEquals(List.of(mark(7, QUOTE, "brutal war")), TEXT.align(List.of(new Mark(7, rutal, rutal + 7))));
        assertEquals(List.of(mark(7, QUOTE, "powering")), TEXT.align(List.of(new Mark(7, 0, 3))), "opening quote left out");
        assertEquals(List.of(mark(7, QUOTE, "Ukraine")),
                TEXT.align(List.of(new Mark(7, QUOTE.indexOf("Ukraine"), QUOTE.length()))), "closing quote left out");
    }

    @Test
    void marks_outside_the_blocks_or_over_no_word_are_dropped() {
        assertEquals(List.of(), TEXT.align(List.of(new Mark(3, 0, 5))), "no block 3");
        assertEquals(List.of(), TEXT.align(List.of(new Mark(0, 0, HEADLINE.length() + 1))), "past the end");
        assertEquals(List.of(), TEXT.align(List.of(new Mark(8, 0, 1))), "a dash is no word");
        assertEquals(List.of(), TEXT.align(List.of(new Mark(7, 0, 1))), "a quotation mark is no word");
    }

    @Test
    void overlapping_marks_merge_and_all_come_in_reading_order() {
        List<Mark> marks = List.of(
                mark(7, QUOTE, "war of aggression"),
                mark(0, HEADLINE, "defence ministers"),
                mark(7, QUOTE, "brutal war"),
                mark(0, HEADLINE, "Chinese"));
        assertEquals(List.of(mark(0, HEADLINE, "Chinese"), mark(0, HEADLINE, "defence ministers"),
                mark(7, QUOTE, "brutal war of aggression")), TEXT.align(marks));
        assertEquals(List.of(mark(7, QUOTE, "brutal war"), mark(7, QUOTE, "of aggression")),
                TEXT.align(List.of(mark(7, QUOTE, "of aggression"), mark(7, QUOTE, "brutal war"))),
                "neighbours stay apart");
    }

    @Test
    void blocks_and_marks_are_written_for_the_element() {
        assertEquals("[{\"index\":7,\"kind\":\"STANDFIRST\",\"text\":\"a “b”\"}]",
                MarkJson.blocks(List.of(new Block(7, "STANDFIRST", "a “b”"))).toString());
        assertEquals("[{\"block\":0,\"start\":0,\"end\":7,\"classes\":\"hit\"},{\"block\":0,\"start\":8,\"end\":11}]",
                MarkJson.marks(List.of(new Mark(0, 0, 7), new Mark(0, 8, 11)), Map.of(new Mark(0, 0, 7), "hit"))
                        .toString());
    }
}
