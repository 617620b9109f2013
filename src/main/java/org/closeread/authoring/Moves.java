package org.closeread.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Reordering: one item moves up or down a list, the others keep their order. */
final class Moves {

    private Moves() {
    }

    static <T> List<T> move(List<T> list, Predicate<T> which, int delta) {
        List<T> moved = new ArrayList<>(list);
        for (int i = 0; i < moved.size(); i++) {
            if (which.test(moved.get(i))) {
                int to = Math.max(0, Math.min(moved.size() - 1, i + Integer.signum(delta)));
                moved.add(to, moved.remove(i));
                return moved;
            }
        }
        return moved;
    }
}
