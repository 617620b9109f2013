package org.closeread.base.ui.component;

import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import elemental.json.JsonType;
import elemental.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.closeread.base.ui.component.SpanMarker.Block;
import org.closeread.base.ui.component.SpanMarker.Mark;

/** Blocks and marks as the {@code <cr-span-marker>} element reads them, and marks as it sends them back. */
final class MarkJson {

    /** More marks than this in one message is not a student at work; the rest are ignored. */
    static final int MAX_INCOMING = 10_000;

    private MarkJson() {
    }

    static JsonArray blocks(List<Block> blocks) {
        JsonArray array = Json.createArray();
        for (Block block : blocks) {
            JsonObject json = Json.createObject();
            json.put("index", block.index());
            json.put("kind", block.kind());
            json.put("text", block.text());
            array.set(array.length(), json);
        }
        return array;
    }

    /** The marks, each with its feedback classes (space-separated) where it has some. */
    static JsonArray marks(List<Mark> marks, Map<Mark, String> classes) {
        JsonArray array = Json.createArray();
        for (Mark mark : marks) {
            JsonObject json = Json.createObject();
            json.put("block", mark.block());
            json.put("start", mark.start());
            json.put("end", mark.end());
            String names = classes.get(mark);
            if (names != null) {
                json.put("classes", names);
            }
            array.set(array.length(), json);
        }
        return array;
    }

    /**
     * The marks a browser sent: an array of {@code {block, start, end}}. Entries that are not three
     * whole, non-negative numbers with {@code start < end} are left out, not guessed at.
     */
    static List<Mark> read(JsonValue json) {
        List<Mark> marks = new ArrayList<>();
        if (json == null || json.getType() != JsonType.ARRAY) {
            return marks;
        }
        JsonArray array = (JsonArray) json;
        for (int i = 0; i < Math.min(array.length(), MAX_INCOMING); i++) {
            readMark(array.get(i)).ifPresent(marks::add);
        }
        return marks;
    }

    private static Optional<Mark> readMark(JsonValue json) {
        if (json == null || json.getType() != JsonType.OBJECT) {
            return Optional.empty();
        }
        JsonObject object = (JsonObject) json;
        Optional<Integer> block = whole(object, "block");
        Optional<Integer> start = whole(object, "start");
        Optional<Integer> end = whole(object, "end");
        if (block.isEmpty() || start.isEmpty() || end.isEmpty() || start.get() >= end.get()) {
            return Optional.empty();
        }
        return Optional.of(new Mark(block.get(), start.get(), end.get()));
    }

    private static Optional<Integer> whole(JsonObject object, String key) {
        JsonValue value = object.get(key);
        if (value == null || value.getType() != JsonType.NUMBER) {
            return Optional.empty();
        }
        double number = value.asNumber();
        boolean fits = number >= 0 && number <= Integer.MAX_VALUE && number == Math.rint(number);
        return fits ? Optional.of((int) number) : Optional.empty();
    }
}
