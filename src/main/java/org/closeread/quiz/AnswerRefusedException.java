package org.closeread.quiz;

/**
 * An answer the service does not store; nothing stored changed. Its message is the key of the words the
 * student reads (translations.properties), which the page translates.
 */
public class AnswerRefusedException extends RuntimeException {

    public AnswerRefusedException(String message) {
        super(message);
    }
}
