package org.closeread.quiz.ui;

import org.closeread.base.ui.Translations;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.closeread.quiz.Answer;
import org.closeread.quiz.OrderAnswer;

/**
 * Puts items in order with "move up" and "move down" buttons (keyboard and touch friendly, no
 * dragging); a live region says where an item went.
 */
final class OrderInput implements AnswerInput {

    private final List<String> items;
    private final List<Integer> order;
    private final Div root = new Div();
    private final OrderedList list = new OrderedList();
    private final Span status = new Span();
    private boolean readOnly;
    private boolean moved;

    OrderInput(List<String> items) {
        this.items = items;
        this.order = new ArrayList<>(IntStream.range(0, items.size()).boxed().toList());
        root.addClassName("order-input");
        status.addClassName("visually-hidden");
        status.getElement().setAttribute("role", "status");
        root.add(list, status);
        render(-1);
    }

    @Override
    public Component component() {
        return root;
    }

    /** The order counts as an answer once the student has moved something (or came back to it). */
    @Override
    public Optional<Answer> answer() {
        return moved ? Optional.of(new OrderAnswer(List.copyOf(order))) : Optional.empty();
    }

    /** Takes the order as it is shown as the student's answer. */
    void confirm() {
        moved = true;
    }

    @Override
    public void fill(Answer answer) {
        if (answer instanceof OrderAnswer given && given.order().size() == items.size()
                && given.order().stream().sorted().toList().equals(IntStream.range(0, items.size()).boxed().toList())) {
            order.clear();
            order.addAll(given.order());
            moved = true;
            render(-1);
        }
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        render(-1);
    }

    private void move(int from, int to) {
        Integer item = order.remove(from);
        order.add(to, item);
        moved = true;
        status.setText(Translations.text("quiz.order.moved", items.get(item), to + 1, items.size()));
        render(to, to > from);
    }

    private void render(int focusAt) {
        render(focusAt, false);
    }

    /**
     * Draws the list; the item now at {@code focusAt} keeps the focus on the button just used
     * ({@code down} or up), or on the other one once it cannot move further that way.
     */
    private void render(int focusAt, boolean down) {
        list.removeAll();
        for (int position = 0; position < order.size(); position++) {
            int at = position;
            String text = items.get(order.get(position));
            Span label = new Span(text);
            label.addClassName("order-item-text");
            Button up = new Button(VaadinIcon.ARROW_UP.create(), click -> move(at, at - 1));
            up.getElement().setAttribute("aria-label", Translations.text("quiz.order.up", text));
            up.setEnabled(!readOnly && position > 0);
            Button downButton = new Button(VaadinIcon.ARROW_DOWN.create(), click -> move(at, at + 1));
            downButton.getElement().setAttribute("aria-label", Translations.text("quiz.order.down", text));
            downButton.setEnabled(!readOnly && position < order.size() - 1);
            up.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY);
            downButton.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY);
            ListItem item = new ListItem(label, up, downButton);
            item.addClassName("order-item");
            list.add(item);
            if (position == focusAt) {
                Button same = down ? downButton : up;
                Button other = down ? up : downButton;
                (same.isEnabled() ? same : other).focus();
            }
        }
    }

    List<Integer> order() {
        return List.copyOf(order);
    }

    List<String> shownItems() {
        return order.stream().map(items::get).toList();
    }
}
