package org.closeread.quiz.ui;

import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import org.closeread.quiz.Participant;

/** The participant this browser session works as: set when they start or resume with a code. */
final class StudentSession {

    private static final String KEY = StudentSession.class.getName();

    private StudentSession() {
    }

    static Optional<Participant> participant() {
        return Optional.ofNullable(VaadinSession.getCurrent())
                .map(session -> (Participant) session.getAttribute(KEY));
    }

    static void use(Participant participant) {
        VaadinSession.getCurrent().setAttribute(KEY, participant);
    }
}
