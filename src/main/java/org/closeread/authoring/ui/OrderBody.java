package org.closeread.authoring.ui;

import org.closeread.base.ui.Translations;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.closeread.authoring.DraftQuestion;

/** The items of an order question, one per line, in the right order (students see them shuffled). */
class OrderBody implements QuestionBody {

    private final TextArea items = new TextArea(Translations.text("authoring.order-body.items-in-the-right"));

    OrderBody(DraftQuestion question) {
        items.setValue(String.join("\n", question.items()));
        items.setHelperText(Translations.text("authoring.order-body.first-to-last-students"));
        items.setWidthFull();
    }

    @Override
    public Component component() {
        return items;
    }

    @Override
    public DraftQuestion fill(DraftQuestion stem) {
        return new DraftQuestion(stem.id(), stem.type(), stem.prompt(), stem.explanation(), stem.review(), List.of(),
                true, "", "", List.of(), List.of(), List.of(), List.of(), items.getValue().lines().toList(), "",
                List.of());
    }

    TextArea itemsField() {
        return items;
    }
}
