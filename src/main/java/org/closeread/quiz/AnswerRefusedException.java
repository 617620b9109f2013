package org.closeread.quiz;

/** An answer the service does not store, with the message the student reads; nothing stored changed. */
public class AnswerRefusedException extends RuntimeException {

    public AnswerRefusedException(String message) {
        super(message);
    }
}
