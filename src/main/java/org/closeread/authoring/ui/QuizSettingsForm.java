package org.closeread.authoring.ui;

import org.closeread.base.ui.Translations;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.closeread.authoring.DraftQuiz;
import org.closeread.quiz.FeedbackTiming;

/** The quiz's title, pass mark and when students see their results. Calls back on save. */
class QuizSettingsForm extends Composite<Div> {

    private final TextField title = new TextField(Translations.text("authoring.quiz-settings-form.quiz-title"));
    private final IntegerField passMark = new IntegerField(Translations.text("authoring.quiz-settings-form.pass-mark"));
    private final RadioButtonGroup<FeedbackTiming> feedback = new RadioButtonGroup<>(Translations.text("authoring.quiz-settings-form.students-see-results"));
    private final Button save = new Button(Translations.text("authoring.quiz-settings-form.save-quiz-settings"));

    QuizSettingsForm(Consumer<DraftQuiz> onSave) {
        getContent().addClassName("quiz-settings");
        title.setMaxLength(org.closeread.quiz.Quiz.TITLE_MAX_LENGTH);
        title.setWidth("22rem");
        passMark.setMin(0);
        passMark.setMax(100);
        passMark.setStepButtonsVisible(true);
        feedback.setItems(FeedbackTiming.values());
        feedback.setItemLabelGenerator(t -> t == FeedbackTiming.AFTER_EACH ? "after each question" : "at the end");
        save.addClickListener(click -> {
            Integer mark = passMark.getValue();
            if (title.getValue().isBlank() || mark == null || mark < 0 || mark > 100) {
                passMark.setInvalid(mark == null || mark < 0 || mark > 100);
                passMark.setErrorMessage(Translations.text("authoring.quiz-settings-form.a-percentage-from-0"));
                title.setInvalid(title.getValue().isBlank());
                title.setErrorMessage(Translations.text("authoring.quiz-settings-form.the-quiz-needs-a"));
                return;
            }
            onSave.accept(new DraftQuiz(title.getValue(), mark, feedback.getValue(), java.util.List.of()));
        });
        getContent().add(title, passMark, feedback, save);
    }

    void show(DraftQuiz quiz) {
        title.setValue(quiz.title());
        passMark.setValue(quiz.passMark());
        feedback.setValue(quiz.feedback());
    }

    TextField titleField() {
        return title;
    }

    Button saveButton() {
        return save;
    }
}
