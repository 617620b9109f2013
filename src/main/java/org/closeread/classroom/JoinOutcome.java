package org.closeread.classroom;

import java.util.List;
import java.util.Objects;
import org.closeread.quiz.Participant;

/** What came of typing a class code (or a resume code) on the join page. */
public sealed interface JoinOutcome {

    // Refusals are message keys of translations.properties, shown in the student's language by the page.
    String NO_CODE = "join.no-code";
    String NO_OPEN_CLASS = "join.no-open-class";
    String NO_RESUME_CODE = "join.no-resume-code";
    String NO_RESUME = "join.no-resume";
    /** Its one parameter: the longest name allowed. */
    String NAME_NEEDED = "join.name-needed";

    /** The field a refusal is about. */
    enum Field { CODE, NAME, RESUME_CODE }

    /** In: the student now works as {@code participant}, in {@code place}. */
    record Joined(Participant participant, StudentClass place) implements JoinOutcome {
        public Joined {
            Objects.requireNonNull(participant, "participant");
            Objects.requireNonNull(place, "place");
        }
    }

    /** Not in, and why: the key of the words for the student and their parameters. */
    record Refused(Field field, String message, List<Object> args) implements JoinOutcome {
        public Refused {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(message, "message");
            args = List.copyOf(args);
        }

        public Refused(Field field, String message, Object... args) {
            this(field, message, List.of(args));
        }
    }
}
