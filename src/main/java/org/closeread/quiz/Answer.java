package org.closeread.quiz;

/**
 * What a student answered. Indices refer to the lists of the question's {@link PromptView}, in the
 * order they were shown (a written answer's rubric points: the rubric of its {@link SelfCheck}); an
 * index that names nothing shown is ignored when scoring.
 */
public sealed interface Answer permits ChoiceAnswer, TrueFalseAnswer, HighlightAnswer, MatchAnswer, OrderAnswer,
        WrittenAnswer {
}
