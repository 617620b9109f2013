package org.closeread.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ShuffleTest {

    @Test
    void the_same_question_is_always_shuffled_the_same_way() {
        assertEquals(Shuffle.order("q-photo-chain", 5), Shuffle.order("q-photo-chain", 5));
    }

    @Test
    void the_shuffle_never_changes_between_versions_since_stored_answers_refer_to_it() {
        assertEquals(List.of(3, 1, 4, 2, 0), Shuffle.order("q-photo-chain", 5));
    }

    @Test
    void a_shuffle_shows_every_item_once() {
        for (int size = 0; size < 9; size++) {
            List<Integer> order = Shuffle.order("q-" + size, size);
            assertEquals(IntStream.range(0, size).boxed().collect(Collectors.toSet()),
                    new HashSet<>(order));
            assertEquals(size, order.size());
        }
    }

    @Test
    void two_or_more_items_are_never_shown_in_the_lesson_file_s_order() {
        for (int size = 2; size < 7; size++) {
            List<Integer> fileOrder = IntStream.range(0, size).boxed().toList();
            for (int i = 0; i < 500; i++) {
                assertNotEquals(fileOrder, Shuffle.order("q-" + i, size), "q-" + i + " of " + size);
            }
        }
    }

    @Test
    void one_item_stays_where_it_is() {
        assertEquals(List.of(0), Shuffle.order("q-one", 1));
    }

    @Test
    void similar_ids_are_shuffled_differently() {
        Set<List<Integer>> orders = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            orders.add(Shuffle.order("q-" + i, 5));
        }
        assertTrue(orders.size() > 25, orders.size() + " different orders");
    }

    @Test
    void the_right_option_is_not_always_shown_first() {
        Set<Integer> positions = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            positions.add(Shuffle.order("q-" + i, 4).indexOf(0));
        }
        assertEquals(Set.of(0, 1, 2, 3), positions);
    }
}
