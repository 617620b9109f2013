package org.closeread.lti;

import java.io.Serializable;
import java.util.Optional;
import org.closeread.quiz.Participant;

/**
 * What a launch leaves in the browser's HTTP session for the landing page: the student to work as (none for
 * an instructor) and the page to go to. The landing page takes it out once.
 */
public record Handover(Participant student, String path) implements Serializable {

    public static final String SESSION_ATTRIBUTE = Handover.class.getName();

    public Optional<Participant> participant() {
        return Optional.ofNullable(student);
    }
}
