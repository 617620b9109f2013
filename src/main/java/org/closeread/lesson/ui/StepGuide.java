package org.closeread.lesson.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
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
    /** A native {@code <progress>}: the same for the eye and for screen readers, one node. */
    private final com.vaadin.flow.dom.Element progress = new com.vaadin.flow.dom.Element("progress");
    private final Span lens = new Span();
    private final H2 title = new H2();
    private final Div text = new Div();
    private final Div extra = new Div();
    // Native buttons (arrows drawn by the style sheet): a Vaadin button with its icon is four times the bytes.
    private final NativeButton previous = new NativeButton(getTranslation("step.previous"));
    private final NativeButton next = new NativeButton(getTranslation("step.next"));
    private final Div finish = new Div();
    private final Div bar = new Div();
    private final Span barPosition = new Span();
    private final Span barTitle = new Span();
    private final NativeButton barPrevious = new NativeButton();
    private final NativeButton barNext = new NativeButton();
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
        progress.setAttribute("aria-labelledby", "step-position");
        progress.setAttribute("max", String.valueOf(lesson.steps().size()));
        progress.getClassList().add("step-progress");
        lens.addClassName("step-lens");
        title.setId("step-title");
        title.getElement().setAttribute("tabindex", "-1");
        text.addClassName("step-text");
        previous.addClassNames("cr-button", "step-previous");
        next.addClassNames("cr-button", "cr-button-primary", "step-next");
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
        Div head = new Div(position);
        head.getElement().appendChild(progress);
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
        barPrevious.addClassNames("cr-button", "cr-button-icon", "step-bar-previous");
        barNext.addClassNames("cr-button", "cr-button-icon", "cr-button-primary", "step-bar-next");
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
        progress.setAttribute("value", String.valueOf(stepIndex + 1));
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

    NativeButton next() {
        return next;
    }

    NativeButton previous() {
        return previous;
    }

    /** What follows the last step, in place of "Next step". */
    Div finish() {
        return finish;
    }
}
