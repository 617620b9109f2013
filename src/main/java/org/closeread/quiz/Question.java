package org.closeread.quiz;

import java.util.Optional;

/**
 * A question of a quiz or a step's practice. Every type scores an answer by pure code and says what
 * the student may see before answering, so answer keys never have to leave the server.
 */
public sealed interface Question permits SingleChoiceQuestion, MultipleChoiceQuestion, TrueFalseQuestion,
        HighlightQuestion, MatchQuestion, OrderQuestion, WrittenQuestion {

    Stem stem();

    QuestionType type();

    /** What the student sees before answering: never the key, feedback, a score or the explanation. */
    PromptView promptView();

    /**
     * Scores an answer to what {@link #promptView()} showed: indices in the answer refer to the view's
     * lists, in the order shown.
     *
     * @throws WrongAnswerTypeException if the answer is for another type of question
     */
    Result score(Answer answer);

    default String id() {
        return stem().id();
    }

    default String prompt() {
        return stem().prompt();
    }

    default String explanation() {
        return stem().explanation();
    }

    /** The id of the lesson step to review when this question is missed. */
    default Optional<String> review() {
        return stem().review();
    }
}
