package org.closeread.authoring.ui;

import org.closeread.base.ui.Translations;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.closeread.authoring.DraftQuestion;

/** Whether the statement is true, and the feedback for answering true and for answering false. */
class TrueFalseBody implements QuestionBody {

    private final Div root = new Div();
    private final RadioButtonGroup<Boolean> answer = new RadioButtonGroup<>(Translations.text("authoring.true-false-body.the-statement-is"));
    private final TextField feedbackTrue = new TextField(Translations.text("authoring.true-false-body.feedback-when-a-student"));
    private final TextField feedbackFalse = new TextField(Translations.text("authoring.true-false-body.feedback-when-a-student-2"));

    TrueFalseBody(DraftQuestion question) {
        answer.setItems(true, false);
        answer.setItemLabelGenerator(value -> value ? "True" : "False");
        answer.setValue(question.answer());
        feedbackTrue.setValue(question.feedbackTrue());
        feedbackFalse.setValue(question.feedbackFalse());
        feedbackTrue.setWidthFull();
        feedbackFalse.setWidthFull();
        root.add(answer, feedbackTrue, feedbackFalse);
    }

    @Override
    public Component component() {
        return root;
    }

    @Override
    public DraftQuestion fill(DraftQuestion stem) {
        return new DraftQuestion(stem.id(), stem.type(), stem.prompt(), stem.explanation(), stem.review(), List.of(),
                Boolean.TRUE.equals(answer.getValue()), feedbackTrue.getValue(), feedbackFalse.getValue(), List.of(),
                List.of(), List.of(), List.of(), List.of(), "", List.of());
    }

    RadioButtonGroup<Boolean> answerField() {
        return answer;
    }

    TextField feedbackTrueField() {
        return feedbackTrue;
    }

    TextField feedbackFalseField() {
        return feedbackFalse;
    }
}
