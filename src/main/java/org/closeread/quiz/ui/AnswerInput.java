package org.closeread.quiz.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.closeread.quiz.Answer;

/** The field a student answers one question with; every question type has its own. */
interface AnswerInput {

    Component component();

    /** The answer as it stands, or empty while nothing is given. */
    Optional<Answer> answer();

    /** Shows an answer given before (after resuming, or going back to a question). */
    void fill(Answer answer);

    void setReadOnly(boolean readOnly);
}
