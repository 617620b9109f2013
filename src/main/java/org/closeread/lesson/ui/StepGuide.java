package org.closeread.lesson.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.closeread.base.SafeMarkdown;
import org.closeread.base.ui.Translations;
import org.closeread.lesson.Lesson;
import org.closeread.lesson.Step;

/**
 * Where the student is in the lesson: "Step 2 of 7", a progress bar, the step's teaching text and the way on;
 * after the last step, the way on is what the lesson leads to (its quiz). On narrow screens a compact bar
 * ({@link #bar()}) stays at the top of the screen with the position and the previous/next buttons, while the
 * guide itself follows the article.
 */
class StepGuide extends Composite<Div> {

    private final Lesson lesson;
    private final Supplier<Component> wayOn;
    private final Span position = new Span();
    private final ProgressBar progress = new ProgressBar(0, 1);
    private final Span lens = new Span();
    private final H2 title = new H2();
    private final Div text = new Div();
    private final Div extra = new Div();
    private final Button previous = new Button(getTranslation("step.previous"), VaadinIcon.ARROW_LEFT.create());
    private final Button next = new Button(getTranslation("step.next"), VaadinIcon.ARROW_RIGHT.create());
    private final Div finish = new Div();
    private final Div bar = new Div();
    private final Span barPosition = new Span();
    private final Span barTitle = new Span();
    private final Button barPrevious = new Button(VaadinIcon.ARROW_LEFT.create());
    private final Button barNext = new Button(VaadinIcon.ARROW_RIGHT.create());
    private final Div barFinish = new Div();
    private int index;
    private GlossaryMarks glossary = GlossaryMarks.NONE;

    /**
     * @param wayOn what follows the last step (a link to the quiz); called each time it is shown, since a
     *              component lives in one place only
     */
    StepGuide(Lesson lesson, IntConsumer onStep, Supplier<Component> wayOn) {
        this.lesson = lesson;
        this.wayOn = wayOn;
        Div root = getContent();
        root.addClassName("step-guide");
        root.setId("step-guide");
        position.setId("step-position");
        position.addClassName("step-position");
        progress.getElement().setAttribute("aria-labelledby", "step-position");
        lens.addClassName("step-lens");
        title.setId("step-title");
        title.getElement().setAttribute("tabindex", "-1");
        text.addClassName("step-text");
        next.setIconAfterText(true);
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        previous.addClickListener(click -> {
            onStep.accept(index - 1);
            revealTitle();
        });
        next.addClickListener(click -> {
            onStep.accept(index + 1);
            revealTitle();
        });
        finish.addClassName("step-finish");
        Div navigation = new Div(previous, next, finish);
        navigation.addClassName("step-navigation");
        Div head = new Div(position, progress);
        head.addClassName("step-head");
        root.add(head, lens, title, new ReadAloud("#step-guide .step-text"), text, extra, navigation);

        bar.addClassName("step-bar");
        bar.getElement().setAttribute("role", "navigation");
        bar.getElement().setAttribute("aria-label", getTranslation("step.bar"));
        barPosition.addClassName("step-bar-position");
        barTitle.addClassName("step-bar-title");
        Anchor about = new Anchor("#step-guide", new Span(barPosition, new Span(getTranslation("step.bar.separator")), barTitle));
        about.addClassName("step-bar-about");
        about.getElement().setAttribute("router-ignore", true);
        about.getElement().setAttribute("title", getTranslation("step.bar.about"));
        barPrevious.getElement().setAttribute("aria-label", getTranslation("step.previous"));
        barNext.getElement().setAttribute("aria-label", getTranslation("step.next"));
        barPrevious.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY);
        barNext.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_PRIMARY);
        barPrevious.addClickListener(click -> onStep.accept(index - 1));
        barNext.addClickListener(click -> onStep.accept(index + 1));
        barFinish.addClassName("step-finish");
        NativeButton lenses = new NativeButton(getTranslation("step.bar.lenses"));
        lenses.addClassName("step-bar-lenses");
        lenses.getElement().setAttribute("popovertarget", LensFilter.ID);
        lenses.getElement().setAttribute("aria-label", getTranslation("step.bar.lenses.label"));
        bar.add(about, lenses, barPrevious, barNext, barFinish);
    }

    void show(int stepIndex) {
        index = stepIndex;
        Step step = lesson.steps().get(stepIndex);
        boolean last = stepIndex == lesson.steps().size() - 1;
        String where = getTranslation("step.position", stepIndex + 1, lesson.steps().size());
        position.setText(where);
        barPosition.setText(where);
        barTitle.setText(step.title());
        progress.setValue((stepIndex + 1) / (double) lesson.steps().size());
        lens.setText(Translations.text(step.lens().nameKey()));
        lens.getElement().setAttribute("data-lens", step.lens().id());
        title.setText(step.title());
        text.removeAll();
        text.add(new Html(glossary.html(SafeMarkdown.toHtml(step.text()))));
        previous.setEnabled(stepIndex > 0);
        barPrevious.setEnabled(stepIndex > 0);
        next.setVisible(!last);
        barNext.setVisible(!last);
        finish.removeAll();
        barFinish.removeAll();
        if (last) {
            finish.add(wayOn.get());
            barFinish.add(wayOn.get());
        }
    }

    /** Marks these glossary terms in the teaching text from the next step shown on. */
    void setGlossary(GlossaryMarks marks) {
        glossary = marks;
    }

    /** On narrow screens, where the guide follows the article: brings the new step's title into view. */
    private void revealTitle() {
        title.getElement().executeJs("if (this.getBoundingClientRect().top < 0) this.scrollIntoView({block: 'start'});");
    }

    /** Room below the teaching text for what a step adds (its practice exercises). */
    Div extra() {
        return extra;
    }

    /** The compact bar with the position and the way back and on, for narrow screens. */
    Div bar() {
        return bar;
    }

    Button next() {
        return next;
    }

    Button previous() {
        return previous;
    }

    /** What follows the last step, in place of "Next step". */
    Div finish() {
        return finish;
    }
}
