package org.closeread.quiz.ui;

import org.closeread.base.ui.Translations;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.closeread.article.Article;
import org.closeread.quiz.Answer;
import org.closeread.quiz.AnswerRefusedException;
import org.closeread.quiz.PromptView;
import org.closeread.quiz.Result;
import org.closeread.quiz.SelfCheck;

/**
 * One question: its prompt, the field to answer it, a Save button, and (when the quiz shows feedback
 * after each question) what the answer earned. Saving calls back; the card knows no service. The server
 * decides whether a try is taken ({@link org.closeread.quiz.AnswerPolicy}); the card only follows: it
 * locks an answer whose feedback is shown, and shows the server's message when a try is refused.
 */
class QuestionCard extends Composite<Section> {

    /** How the card treats a saved answer. */
    enum Mode {
        /** Feedback after each question: the first saved answer is final. */
        FINAL_ONCE_SHOWN,
        /** Feedback at the end: the answer may change until the quiz is submitted. */
        UNTIL_SUBMITTED,
        /** Practice (and previews): feedback at once, try again as often as you like; the first try counts. */
        PRACTICE
    }

    static final String PRACTICE_AGAIN = "quiz.saved.practice";

    private final PromptView prompt;
    private final AnswerInput input;
    private final Mode mode;
    private final boolean showResults;
    private final Function<Answer, Result> submit;
    private Function<Set<Integer>, Result> selfCheck;
    private final ResultPanel resultPanel;
    private final Button save = new Button(Translations.text("quiz.question-card.save-answer"));
    private final Paragraph message = new Paragraph();
    private final Div selfCheckBox = new Div();
    private Optional<String> review = Optional.empty();
    private boolean selfChecked;

    QuestionCard(PromptView prompt, String position, Article article, Mode mode,
                 Function<Answer, Result> submit, Function<String, Optional<Component>> reviewLink) {
        this.prompt = prompt;
        this.mode = mode;
        this.showResults = mode != Mode.UNTIL_SUBMITTED;
        this.submit = submit;
        this.input = AnswerInputs.forPrompt(prompt, article);
        this.resultPanel = new ResultPanel(article, reviewLink);
        Section root = getContent();
        root.addClassName("question-card");
        root.getElement().setAttribute("data-question", prompt.id());
        root.getElement().setAttribute("data-type", prompt.type().id());
        root.getElement().setAttribute("aria-labelledby", "prompt-" + prompt.id());
        Span where = new Span(position);
        where.addClassName("question-position");
        H2 heading = new H2(prompt.prompt());
        heading.setId("prompt-" + prompt.id());
        heading.addClassName("question-prompt");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(click -> save());
        message.addClassName("question-message");
        message.getElement().setAttribute("role", "status");
        selfCheckBox.addClassName("self-check");
        root.add(where, heading, input.component(), save, message, resultPanel, selfCheckBox);
    }

    /** Shows what was answered before, and its result where results are shown (null where they are not). */
    void fill(Answer answer, Result result) {
        input.fill(answer);
        if (showResults && result != null) {
            showResult(result);
        }
        showSaved();
    }

    /** After a save, or on coming back to a saved answer: what the answer policy lets the student do now. */
    private void showSaved() {
        switch (mode) {
            case FINAL_ONCE_SHOWN -> {
                lock();
                message.setText(Translations.text(FINAL_MESSAGE));
            }
            case UNTIL_SUBMITTED -> message.setText(Translations.text(CHANGEABLE));
            case PRACTICE -> message.setText(Translations.text(PRACTICE_AGAIN));
        }
    }

    static final String FINAL_MESSAGE = "quiz.saved.final";
    static final String CHANGEABLE = "quiz.saved.changeable";

    /** Where written answers are checked by the student against the rubric: how to store the ticks. */
    void setSelfCheck(Function<Set<Integer>, Result> selfCheck) {
        this.selfCheck = selfCheck;
    }

    /** Shows why answers are not taken (a closed assignment) and locks the card. */
    void refuse(String why) {
        lock();
        message.setText(why);
    }

    void setReview(Optional<String> stepId) {
        review = stepId;
    }

    void lock() {
        input.setReadOnly(true);
        save.setVisible(false);
    }

    private void save() {
        if (input instanceof OrderInput order) {
            order.confirm();
        }
        Optional<Answer> answer = input.answer();
        save.setEnabled(true);
        if (answer.isEmpty()) {
            message.setText(AnswerInputs.emptyMessage(prompt.type()));
            return;
        }
        Result result;
        try {
            result = submit.apply(answer.get());
        } catch (AnswerRefusedException refused) {
            refuse(Translations.text(refused.getMessage()));
            return;
        }
        showSaved();
        if (showResults) {
            showResult(result);
        }
    }

    private void showResult(Result result) {
        boolean toCheck = selfCheck != null && awaitsSelfCheck(result);
        if (toCheck) {
            resultPanel.showBeforeSelfCheck(result);
        } else {
            resultPanel.show(result, prompt);
        }
        if (!result.correct() && !toCheck) {
            resultPanel.reviewHint(review);
        }
        selfCheckBox.removeAll();
        if (selfCheck != null) {
            result.selfCheck().ifPresent(this::offerSelfCheck);
        }
    }

    /**
     * A written answer just saved, or saved before but never checked: the student has not ticked anything
     * yet, so there is no result to show, only the model answer and the rubric to check against.
     */
    private boolean awaitsSelfCheck(Result result) {
        return !selfChecked && result.selfCheck().map(check -> check.ticked().isEmpty()).orElse(false)
                && result.answered();
    }

    private void offerSelfCheck(SelfCheck check) {
        CheckboxGroup<Integer> points = new CheckboxGroup<>(Translations.text("quiz.question-card.self-check-which-of"));
        points.setItems(IntStream.range(0, check.rubric().size()).boxed().toList());
        points.setItemLabelGenerator(check.rubric()::get);
        points.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        points.setValue(new HashSet<>(check.ticked()));
        Button saveCheck = new Button(Translations.text("quiz.question-card.save-my-self-check"), click -> {
            try {
                Result checked = selfCheck.apply(points.getValue());
                message.setText(Translations.text("quiz.question-card.self-check-saved"));
                selfChecked = true;
                resultPanel.show(checked, prompt);
            } catch (AnswerRefusedException refused) {
                message.setText(Translations.text(refused.getMessage()));
            }
        });
        saveCheck.setDisableOnClick(true);
        selfCheckBox.add(points, saveCheck);
    }

    PromptView prompt() {
        return prompt;
    }

    AnswerInput input() {
        return input;
    }

    Button saveButton() {
        return save;
    }

    ResultPanel resultPanel() {
        return resultPanel;
    }

    String message() {
        return message.getText();
    }
}
