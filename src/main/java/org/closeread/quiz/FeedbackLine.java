package org.closeread.quiz;

import java.util.Objects;

/**
 * One line of feedback after answering: what it is about (an option's text, a pair, an item, a marked
 * phrase; empty for the answer as a whole), the verdict, and a note for the student (may be empty).
 */
public record FeedbackLine(Verdict verdict, String subject, String note) {

    public FeedbackLine {
        Objects.requireNonNull(verdict, "verdict");
        subject = Objects.requireNonNullElse(subject, "");
        note = Objects.requireNonNullElse(note, "");
    }
}
