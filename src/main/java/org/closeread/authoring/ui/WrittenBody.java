package org.closeread.authoring.ui;

import org.closeread.base.ui.Translations;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.closeread.authoring.DraftQuestion;

/** A written answer's model answer and the points students check their own answer against. */
class WrittenBody implements QuestionBody {

    private final Div root = new Div();
    private final TextArea modelAnswer = new TextArea(Translations.text("authoring.written-body.model-answer"));
    private final TextArea rubric = new TextArea(Translations.text("authoring.written-body.points-to-check-one"));

    WrittenBody(DraftQuestion question) {
        modelAnswer.setValue(question.modelAnswer());
        rubric.setValue(String.join("\n", question.rubric()));
        rubric.setHelperText(Translations.text("authoring.written.rubric.help"));
        modelAnswer.setWidthFull();
        rubric.setWidthFull();
        root.add(modelAnswer, rubric);
    }

    @Override
    public Component component() {
        return root;
    }

    @Override
    public DraftQuestion fill(DraftQuestion stem) {
        return new DraftQuestion(stem.id(), stem.type(), stem.prompt(), stem.explanation(), stem.review(), List.of(),
                true, "", "", List.of(), List.of(), List.of(), List.of(), List.of(), modelAnswer.getValue(),
                rubric.getValue().lines().toList());
    }

    TextArea modelAnswerField() {
        return modelAnswer;
    }

    TextArea rubricField() {
        return rubric;
    }
}
