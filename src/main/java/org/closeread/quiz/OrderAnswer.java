package org.closeread.quiz;

import java.util.List;

/** The shown items (by index in the shown list) in the order the student put them, first to last. */
public record OrderAnswer(List<Integer> order) implements Answer {

    public OrderAnswer {
        order = List.copyOf(order);
    }

    public static OrderAnswer of(Integer... order) {
        return new OrderAnswer(List.of(order));
    }
}
