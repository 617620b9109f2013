package org.closeread.quiz.ui;

import org.closeread.base.ui.Translations;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;
import java.util.function.Function;

/** "Continue with a resume code": a field and a button; a wrong code gets a clear message. */
class ResumeForm extends Composite<Div> {

    static final String WRONG_CODE = "quiz.resume.wrong";
    static final String EMPTY_CODE = "quiz.resume.empty";

    private final TextField code = new TextField(Translations.text("quiz.resume-form.resume-code"));
    private final Button resume = new Button(Translations.text("quiz.resume-form.continue"));

    /** @param tryCode resumes with the typed code; else says why not (no work has it, or wait) */
    ResumeForm(Function<String, Optional<String>> tryCode) {
        getContent().addClassName("resume-form");
        code.setPlaceholder(Translations.text("quiz.resume.placeholder"));
        code.setMaxLength(12);
        code.setHelperText(Translations.text("quiz.resume-form.have-a-code-from"));
        resume.addClickListener(click -> {
            tryCode.apply(code.getValue()).ifPresent(problem -> {
                code.setInvalid(true);
                code.setErrorMessage(problem);
            });
        });
        resume.addClickShortcut(com.vaadin.flow.component.Key.ENTER).listenOn(code);
        getContent().add(code, resume);
    }

    TextField codeField() {
        return code;
    }

    Button resumeButton() {
        return resume;
    }
}
