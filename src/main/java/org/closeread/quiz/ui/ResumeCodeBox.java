package org.closeread.quiz.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.closeread.quiz.Participant;

/** Shows the student's resume code, with a button that copies it. */
class ResumeCodeBox extends Composite<Div> {

    ResumeCodeBox(Participant participant) {
        Div root = getContent();
        root.addClassName("resume-code-box");
        Span code = new Span(participant.shownCode());
        code.addClassName("resume-code");
        code.setId("resume-code");
        Button copy = new Button("Copy", VaadinIcon.COPY_O.create(), click -> {
            click.getSource().getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)",
                    participant.shownCode());
            click.getSource().setText("Copied");
        });
        copy.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        copy.getElement().setAttribute("aria-label", "Copy the resume code " + participant.shownCode());
        Paragraph text = new Paragraph("Your resume code: ");
        text.add(code, copy);
        Paragraph hint = new Paragraph("Write it down: with it you continue on another computer or browser. "
                + "Every answer is saved the moment you give it.");
        hint.addClassName("resume-hint");
        root.add(text, hint);
    }
}
