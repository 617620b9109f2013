package org.closeread.quiz.ui;

import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import org.closeread.quiz.CurrentParticipant;
import org.closeread.quiz.Participant;
import org.springframework.stereotype.Component;

/**
 * The participant this browser session works as: set when they start, resume with a code or join a
 * class. Other features reach it as a {@link CurrentParticipant}.
 */
@Component
final class StudentSession implements CurrentParticipant {

    private static final String KEY = StudentSession.class.getName();

    static Optional<Participant> participant() {
        return Optional.ofNullable(VaadinSession.getCurrent())
                .map(session -> (Participant) session.getAttribute(KEY));
    }

    static void set(Participant participant) {
        VaadinSession.getCurrent().setAttribute(KEY, participant);
    }

    /** This browser works as nobody any more (after "Delete my answers"). */
    static void clear() {
        VaadinSession.getCurrent().setAttribute(KEY, null);
    }

    @Override
    public Optional<Participant> get() {
        return participant();
    }

    @Override
    public void use(Participant participant) {
        set(participant);
    }
}
