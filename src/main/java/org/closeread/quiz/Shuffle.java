package org.closeread.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * The order a question shows its options, right-hand choices or items in: shuffled, the same every
 * time for the same question id (answers refer to it), and never the lesson file's order, which
 * would give away an order question and often a choice (authors tend to put the right option first).
 */
final class Shuffle {

    private Shuffle() {
    }

    /** For each shown position, the index of the item in the lesson file's list. */
    static List<Integer> order(String questionId, int size) {
        List<Integer> order = new ArrayList<>(IntStream.range(0, size).boxed().toList());
        Random random = new Random(mix(questionId.hashCode()));
        for (int i = size - 1; i > 0; i--) {
            Collections.swap(order, i, random.nextInt(i + 1));
        }
        if (size > 1 && IntStream.range(0, size).allMatch(i -> order.get(i) == i)) {
            Collections.rotate(order, -1);
        }
        return List.copyOf(order);
    }

    static <T> List<T> shown(String questionId, List<T> items) {
        return order(questionId, items.size()).stream().map(items::get).toList();
    }

    /** Spreads similar ids apart; java.util.Random's first draws follow close seeds closely. */
    private static long mix(long seed) {
        long z = seed * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
