package org.closeread.base.ui.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.closeread.base.ui.component.SpanMarker.Block;
import org.closeread.base.ui.component.SpanMarker.Mark;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The Java side of the span marker, without a browser: what it sends and what it accepts. */
class SpanMarkerTest {

    private static final String TEXT = "China’s defence minister said on Friday";
    private static final List<Block> BLOCKS = List.of(new Block(3, "PARAGRAPH", TEXT));

    private final SpanMarker marker = new SpanMarker("Mark the loaded words");

    private static Mark mark(String phrase) {
        int start = TEXT.indexOf(phrase);
        return new Mark(3, start, start + phrase.length());
    }

    private String property(String name) {
        return String.valueOf(marker.getElement().getPropertyRaw(name));
    }

    /** Fires the DOM event as the browser would, through the component's own {@code @EventData}. */
    private void browserSends(String marksJson) {
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode data = json.createObjectNode();
        data.set("event.detail.marks", json.readTree(marksJson));
        marker.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(marker.getElement(), "marks-changed", data));
    }

    @Test
    void blocks_and_marks_reach_the_element_as_json_properties() {
        marker.setBlocks(BLOCKS);
        marker.setMarks(List.of(mark("defence minister")));

        assertEquals("cr-span-marker", marker.getElement().getTag());
        assertEquals("[{\"index\":3,\"kind\":\"PARAGRAPH\",\"text\":\"" + TEXT + "\"}]", property("blocks"));
        assertEquals("[{\"block\":3,\"start\":8,\"end\":24}]", property("marks"));
        assertEquals("Mark the loaded words", marker.getLabel());
    }

    @Test
    void marks_set_before_their_blocks_are_kept_and_aligned_once_the_blocks_come() {
        marker.setMarks(List.of(new Mark(3, 1, 3), new Mark(4, 0, 2)));
        assertEquals(List.of(), marker.getMarks());

        marker.setBlocks(BLOCKS);
        assertEquals(List.of(mark("China’s")), marker.getMarks());
        assertEquals("[{\"block\":3,\"start\":0,\"end\":7}]", property("marks"));
    }

    @Test
    void marks_from_the_browser_are_checked_before_anyone_hears_of_them() {
        marker.setBlocks(BLOCKS);
        List<List<Mark>> heard = new ArrayList<>();
        marker.addMarksChangedListener(event -> heard.add(event.getMarks()));

        browserSends("[{\"block\":3,\"start\":9,\"end\":12},{\"block\":9,\"start\":0,\"end\":4},{\"block\":3,\"start\":7,\"end\":5}]");

        assertEquals(List.of(List.of(mark("defence"))), heard);
        assertEquals(List.of(mark("defence")), marker.getMarks());
        assertEquals("[{\"block\":3,\"start\":8,\"end\":15}]", property("marks"), "the corrected marks go back");
    }

    @Test
    void a_read_only_marker_keeps_its_marks_whatever_the_browser_sends() {
        marker.setBlocks(BLOCKS);
        marker.setMarks(List.of(mark("Friday")));
        marker.setReadOnly(true);

        browserSends("[{\"block\":3,\"start\":0,\"end\":7}]");

        assertTrue(marker.isReadOnly());
        assertEquals(List.of(mark("Friday")), marker.getMarks());
    }

    @Test
    void feedback_classes_go_with_their_marks() {
        marker.setBlocks(BLOCKS);
        marker.setMarks(List.of(mark("China’s"), mark("Friday")));
        marker.setMarkClasses(Map.of(mark("Friday"), "hit", new Mark(3, 1, 2), "false extra"));

        assertEquals("[{\"block\":3,\"start\":0,\"end\":7,\"classes\":\"false extra\"},"
                + "{\"block\":3,\"start\":33,\"end\":39,\"classes\":\"hit\"}]", property("marks"));
        assertThrows(IllegalArgumentException.class, () -> marker.setMarkClasses(Map.of(mark("Friday"), "\"><x")));
        assertThrows(IllegalArgumentException.class, () -> marker.setMarkClasses(Map.of(mark("Friday"), " ")));
    }

    @Test
    void blocks_need_distinct_indexes_and_text() {
        assertThrows(IllegalArgumentException.class,
                () -> marker.setBlocks(List.of(new Block(1, "PARAGRAPH", "a"), new Block(1, "CAPTION", "b"))));
        assertThrows(NullPointerException.class, () -> new Block(1, "PARAGRAPH", null));
        assertThrows(IllegalArgumentException.class, () -> new Block(-1, "PARAGRAPH", "a"));
        assertFalse(marker.isReadOnly());
    }
}
