package org.closeread.quiz;

import java.util.Optional;

/**
 * The participant the current browser session works as: set when a student starts a quiz, resumes
 * with a code or joins a class. Other features (joining a class) use it to hand a student over to the
 * quiz; the quiz views implement it on the browser session.
 */
public interface CurrentParticipant {

    Optional<Participant> get();

    void use(Participant participant);
}
