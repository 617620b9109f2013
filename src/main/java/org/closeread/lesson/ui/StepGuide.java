package org.closeread.lesson.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.function.IntConsumer;
import org.closeread.base.SafeMarkdown;
import org.closeread.lesson.Lesson;
import org.closeread.lesson.Step;

/** Where the student is in the lesson: "Step 2 of 7", a progress bar, the step's teaching text and the way on. */
class StepGuide extends Composite<Div> {

    private final Lesson lesson;
    private final Span position = new Span();
    private final ProgressBar progress = new ProgressBar(0, 1);
    private final Span lens = new Span();
    private final H2 title = new H2();
    private final Div text = new Div();
    private final Div extra = new Div();
    private final Button previous = new Button("Previous step", VaadinIcon.ARROW_LEFT.create());
    private final Button next = new Button("Next step", VaadinIcon.ARROW_RIGHT.create());
    private int index;

    StepGuide(Lesson lesson, IntConsumer onStep) {
        this.lesson = lesson;
        Div root = getContent();
        root.addClassName("step-guide");
        position.setId("step-position");
        position.addClassName("step-position");
        progress.getElement().setAttribute("aria-labelledby", "step-position");
        lens.addClassName("step-lens");
        title.setId("step-title");
        text.addClassName("step-text");
        next.setIconAfterText(true);
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        previous.addClickListener(click -> onStep.accept(index - 1));
        next.addClickListener(click -> onStep.accept(index + 1));
        Div navigation = new Div(previous, next);
        navigation.addClassName("step-navigation");
        Div head = new Div(position, progress);
        head.addClassName("step-head");
        root.add(head, lens, title, text, extra, navigation);
    }

    void show(int stepIndex) {
        index = stepIndex;
        Step step = lesson.steps().get(stepIndex);
        position.setText("Step " + (stepIndex + 1) + " of " + lesson.steps().size());
        progress.setValue((stepIndex + 1) / (double) lesson.steps().size());
        lens.setText(step.lens().label());
        lens.getElement().setAttribute("data-lens", step.lens().id());
        title.setText(step.title());
        text.removeAll();
        text.add(new Html(SafeMarkdown.toHtml(step.text())));
        previous.setEnabled(stepIndex > 0);
        next.setEnabled(stepIndex < lesson.steps().size() - 1);
    }

    /** Room below the teaching text for what a step adds (its practice exercises). */
    Div extra() {
        return extra;
    }

    Button next() {
        return next;
    }

    Button previous() {
        return previous;
    }
}
