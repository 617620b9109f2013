package org.closeread.authoring.ui;

import org.closeread.base.ui.Translations;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.closeread.article.TextSpan;
import org.closeread.authoring.DraftQuestion;
import org.closeread.authoring.DraftStep;
import org.closeread.authoring.LessonDraft;
import org.closeread.authoring.QuestionPlace;

/**
 * One question of any type: where it lives (quiz or a step's practice), its prompt, explanation and
 * review step, then the fields of its type. Knows no service; Save and Cancel call back.
 */
class QuestionForm extends Composite<Div> {

    /** What a save asks for: the question at its place, and for a highlight question the marked key. */
    record Saved(QuestionPlace place, DraftQuestion question, List<TextSpan> marks, List<Integer> extraBlocks) {
    }

    private final H2 heading = new H2();
    private final Select<QuestionPlace> place = new Select<>();
    private final TextArea prompt = new TextArea(Translations.text("authoring.question-form.prompt"));
    private final TextArea explanation = new TextArea(Translations.text("authoring.question-form.explanation-shown-once-answered"));
    private final Select<String> review = new Select<>();
    private final TextField id = new TextField(Translations.text("authoring.question-form.id-optional"));
    private final Div body = new Div();
    private final Paragraph message = new Paragraph();
    private final Button save = new Button(Translations.text("authoring.question-form.save-question"));
    private final Button cancel = new Button(Translations.text("authoring.question-form.cancel"));
    private DraftQuestion original;
    private QuestionBody typeBody;

    QuestionForm(Consumer<Saved> onSave, Runnable onCancel) {
        Div root = getContent();
        root.addClassName("question-form");
        place.setLabel(Translations.text("authoring.question-form.where"));
        review.setLabel(Translations.text("authoring.question-form.step-to-review-when"));
        review.setEmptySelectionAllowed(true);
        review.setEmptySelectionCaption(Translations.text("authoring.question-form.no-step"));
        prompt.setId("question-prompt");
        explanation.setId("question-explanation");
        save.setId("save-question");
        prompt.setWidthFull();
        prompt.setMaxLength(DraftQuestion.PROMPT_MAX_LENGTH);
        explanation.setWidthFull();
        explanation.setHelperText(Translations.text("authoring.question-form.what-the-right-answer"));
        id.setHelperText(Translations.text("authoring.question-form.made-from-the-prompt"));
        message.addClassName("form-message");
        message.getElement().setAttribute("role", "status");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> onSave.accept(new Saved(place.getValue(),
                typeBody.fill(original.withStem(id.getValue(), prompt.getValue(), explanation.getValue(),
                        review.getValue() == null ? "" : review.getValue())),
                typeBody.marks(), typeBody.extraBlocks())));
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cancel.addClickListener(click -> onCancel.run());
        root.add(heading, place, prompt, body, explanation, review, id, message, new Div(save, cancel));
        root.setVisible(false);
    }

    /** Opens the form on a question: a new blank one, or one to edit; {@code draft} gives steps and blocks. */
    void edit(LessonDraft draft, QuestionPlace at, DraftQuestion question, boolean isNew) {
        original = question;
        heading.setText((isNew ? "New question: " : "Edit question " + question.id() + ": ")
                + QuestionBody.describe(question.type()));
        List<QuestionPlace> places = new ArrayList<>();
        places.add(QuestionPlace.QUIZ);
        draft.steps().forEach(step -> places.add(QuestionPlace.step(step.id())));
        place.setItems(places);
        place.setItemLabelGenerator(p -> p.isQuiz() ? "The quiz" : "Practice in step: "
                + draft.step(p.stepId()).map(DraftStep::title).orElse(p.stepId()));
        place.setValue(at);
        review.setItems(draft.steps().stream().map(DraftStep::id).toList());
        review.setItemLabelGenerator(stepId -> stepId == null ? ""
                : draft.step(stepId).map(DraftStep::title).orElse(stepId));
        review.setValue(question.review().isEmpty() || draft.step(question.review()).isEmpty() ? null
                : question.review());
        prompt.setValue(question.prompt());
        explanation.setValue(question.explanation());
        id.setValue(question.id());
        typeBody = switch (question.type()) {
            case SINGLE -> new ChoiceBody(question, false);
            case MULTIPLE -> new ChoiceBody(question, true);
            case TRUE_FALSE -> new TrueFalseBody(question);
            case HIGHLIGHT -> new HighlightBody(draft, question);
            case MATCH -> new MatchBody(question);
            case ORDER -> new OrderBody(question);
            case WRITTEN -> new WrittenBody(question);
        };
        body.removeAll();
        body.add(typeBody.component());
        message.setText("");
        getContent().setVisible(true);
        // The form sits below the question lists: bring it to the teacher.
        getContent().getElement().callJsFunction("scrollIntoView");
        prompt.focus();
    }

    void close() {
        getContent().setVisible(false);
        body.removeAll();
        typeBody = null;
    }

    void setMessage(String text) {
        message.setText(text);
    }

    QuestionBody body() {
        return typeBody;
    }

    Select<QuestionPlace> placeField() {
        return place;
    }

    TextArea promptField() {
        return prompt;
    }

    TextArea explanationField() {
        return explanation;
    }

    Select<String> reviewField() {
        return review;
    }

    Button saveButton() {
        return save;
    }

    String message() {
        return message.getText();
    }
}
