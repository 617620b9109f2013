package org.closeread.quiz;

/** An answer given to a question of another type, such as true/false to a highlight question. */
public class WrongAnswerTypeException extends IllegalArgumentException {

    public WrongAnswerTypeException(Question question, Answer answer) {
        super("question " + question.id() + " (" + question.type().id() + ") cannot take a "
                + answer.getClass().getSimpleName());
    }
}
