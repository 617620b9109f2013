package org.closeread.base.ui.component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.closeread.base.ui.component.SpanMarker.Block;
import org.closeread.base.ui.component.SpanMarker.Mark;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Blocks and marks as the {@code <cr-span-marker>} element reads them, and marks as it sends them back. */
final class MarkJson {

    /** More marks than this in one message is not a student at work; the rest are ignored. */
    static final int MAX_INCOMING = 10_000;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private MarkJson() {
    }

    static ArrayNode blocks(List<Block> blocks) {
        ArrayNode array = NODES.arrayNode();
        for (Block block : blocks) {
            ObjectNode json = array.addObject();
            json.put("index", block.index());
            json.put("kind", block.kind());
            json.put("text", block.text());
        }
        return array;
    }

    /** The marks, each with its feedback classes (space-separated) where it has some. */
    static ArrayNode marks(List<Mark> marks, Map<Mark, String> classes) {
        ArrayNode array = NODES.arrayNode();
        for (Mark mark : marks) {
            ObjectNode json = array.addObject();
            json.put("block", mark.block());
            json.put("start", mark.start());
            json.put("end", mark.end());
            String names = classes.get(mark);
            if (names != null) {
                json.put("classes", names);
            }
        }
        return array;
    }

    /**
     * The marks a browser sent: an array of {@code {block, start, end}}. Entries that are not three
     * whole, non-negative numbers with {@code start < end} are left out, not guessed at.
     */
    static List<Mark> read(JsonNode json) {
        List<Mark> marks = new ArrayList<>();
        if (json == null || !json.isArray()) {
            return marks;
        }
        for (int i = 0; i < Math.min(json.size(), MAX_INCOMING); i++) {
            readMark(json.get(i)).ifPresent(marks::add);
        }
        return marks;
    }

    private static Optional<Mark> readMark(JsonNode json) {
        if (json == null || !json.isObject()) {
            return Optional.empty();
        }
        Optional<Integer> block = whole(json, "block");
        Optional<Integer> start = whole(json, "start");
        Optional<Integer> end = whole(json, "end");
        if (block.isEmpty() || start.isEmpty() || end.isEmpty() || start.get() >= end.get()) {
            return Optional.empty();
        }
        return Optional.of(new Mark(block.get(), start.get(), end.get()));
    }

    private static Optional<Integer> whole(JsonNode object, String key) {
        JsonNode value = object.get(key);
        if (value == null || !value.isNumber()) {
            return Optional.empty();
        }
        double number = value.asDouble();
        boolean fits = number >= 0 && number <= Integer.MAX_VALUE && number == Math.rint(number);
        return fits ? Optional.of((int) number) : Optional.empty();
    }
}
