package org.closeread.quiz;

import java.util.Objects;
import java.util.Optional;
import org.closeread.base.Message;

/**
 * One line of feedback after answering: what it is about (an option's text, a pair, an item, a marked
 * phrase; empty for the answer as a whole), the verdict, and a note for the student: either the words the
 * lesson's author wrote ({@code note}, may be empty) or the app's own words ({@code message}, a key of the
 * translations file that the page shows in the student's language).
 */
public record FeedbackLine(Verdict verdict, String subject, String note, Optional<Message> message) {

    public FeedbackLine {
        Objects.requireNonNull(verdict, "verdict");
        subject = Objects.requireNonNullElse(subject, "");
        note = Objects.requireNonNullElse(note, "");
        message = Objects.requireNonNullElse(message, Optional.empty());
    }

    /** A line with the author's note (or none). */
    public FeedbackLine(Verdict verdict, String subject, String note) {
        this(verdict, subject, note, Optional.empty());
    }

    /** A line with the app's note: {@code key} of the translations file and its arguments. */
    static FeedbackLine said(Verdict verdict, String subject, String key, Object... args) {
        return new FeedbackLine(verdict, subject, "", Optional.of(Message.of(key, args)));
    }

    /** Whether the line says anything beyond its verdict. */
    public boolean hasNote() {
        return !note.isEmpty() || message.isPresent();
    }
}
