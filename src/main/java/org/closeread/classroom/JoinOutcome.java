package org.closeread.classroom;

import java.util.Objects;
import org.closeread.quiz.Participant;

/** What came of typing a class code (or a resume code) on the join page. */
public sealed interface JoinOutcome {

    String NO_OPEN_CLASS = "No open class has this code. Check it with your teacher and try again.";
    String NO_RESUME = "No student in an open class has this resume code. Check it (8 letters and digits,"
            + " such as K7QM-4TRX) and try again.";
    String NAME_NEEDED = "Type your name as your teacher should see it (at most " + StudentName.MAX_LENGTH
            + " characters).";

    /** The field a refusal is about. */
    enum Field { CODE, NAME, RESUME_CODE }

    /** In: the student now works as {@code participant}, in {@code place}. */
    record Joined(Participant participant, StudentClass place) implements JoinOutcome {
        public Joined {
            Objects.requireNonNull(participant, "participant");
            Objects.requireNonNull(place, "place");
        }
    }

    /** Not in, and why, in words for the student. */
    record Refused(Field field, String message) implements JoinOutcome {
        public Refused {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(message, "message");
        }
    }
}
