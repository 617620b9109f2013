package org.closeread.quiz.ui;

import org.closeread.base.ui.Translations;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.closeread.quiz.Participant;
import org.closeread.quiz.QuizService;

/**
 * Shows the student's resume code, with a button that copies it, and for a student studying alone a
 * "Delete my answers" button (asks first).
 */
class ResumeCodeBox extends Composite<Div> {

    static final String DELETED = "quiz.deleted";

    ResumeCodeBox(Participant participant, QuizService quizzes) {
        this(participant);
        if (quizzes.selfStudy(participant)) {
            Button delete = new Button(Translations.text("quiz.resume-code-box.delete-my-answers"), click -> confirmDelete(participant, quizzes));
            delete.setId("delete-my-answers");
            delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            getContent().add(delete);
        }
    }

    private static void confirmDelete(Participant participant, QuizService quizzes) {
        ConfirmDialog confirm = new ConfirmDialog(Translations.text("quiz.resume-code-box.delete-your-answers"),
                Translations.text("quiz.delete.text", participant.shownCode()),
                Translations.text("quiz.resume-code-box.delete-my-answers"), event -> {
                    quizzes.forgetMe(participant);
                    StudentSession.clear();
                    UI.getCurrent().navigate("");
                    Notification.show(Translations.text(DELETED));
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(Translations.text("quiz.resume-code-box.keep-them"));
        confirm.open();
    }

    ResumeCodeBox(Participant participant) {
        Div root = getContent();
        root.addClassName("resume-code-box");
        Span code = new Span(participant.shownCode());
        code.addClassName("resume-code");
        code.setId("resume-code");
        Button copy = new Button(Translations.text("quiz.resume-code-box.copy"), VaadinIcon.COPY_O.create(), click -> {
            click.getSource().getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)",
                    participant.shownCode());
            click.getSource().setText(Translations.text("quiz.resume-code-box.copied"));
        });
        copy.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        copy.getElement().setAttribute("aria-label", Translations.text("quiz.resume.copy", participant.shownCode()));
        Paragraph text = new Paragraph(Translations.text("quiz.resume-code-box.your-resume-code"));
        text.add(code, copy);
        Paragraph hint = new Paragraph(Translations.text("quiz.resume.hint"));
        hint.addClassName("resume-hint");
        root.add(text, hint);
    }
}
