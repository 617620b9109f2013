package org.closeread.quiz;

import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
import org.closeread.lesson.YamlMap;

/** Reads the items of an order question, written in the right order. */
final class OrderReader {

    static final List<String> KEYS = List.of("items");

    private OrderReader() {
    }

    static Function<Stem, Question> read(YamlMap map, String where) {
        List<String> items = map.strings("items");
        if (items.size() < 2) {
            map.problems().add(map.line("items"), "problem.order.needs-two-more-items", where);
        } else if (new HashSet<>(items).size() != items.size()) {
            map.problems().add(map.line("items"), "problem.order.same-item-twice-so", where);
        }
        return stem -> new OrderQuestion(stem, items);
    }
}
