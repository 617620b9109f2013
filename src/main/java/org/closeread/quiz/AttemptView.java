package org.closeread.quiz;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One participant's attempt at a quiz version: the quiz as the student sees it, when this attempt shows
 * feedback, what they answered (the answers that count), how many times they answered each question,
 * and the results of those answers, present only once the answer policy lets the student see them
 * ({@link AnswerPolicy}): never before a quiz with feedback at the end is submitted.
 */
public record AttemptView(long id, StudentQuiz quiz, boolean finished, FeedbackTiming feedback,
                          Map<String, Answer> answers, Map<String, Result> results, Map<String, Integer> tries) {

    public AttemptView {
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        results = Collections.unmodifiableMap(new LinkedHashMap<>(results));
        tries = Collections.unmodifiableMap(new LinkedHashMap<>(tries));
    }

    public boolean answered(String questionId) {
        return answers.containsKey(questionId);
    }

    public int answeredCount() {
        return answers.size();
    }

    /** Whether a new answer to this question would be refused (the stored one is final). */
    public boolean answerFinal(String questionId) {
        return AnswerPolicy.decide(quiz.key().startsWith(QuizEntity.STEP_PREFIX), feedback, finished,
                answered(questionId)) == AnswerPolicy.Decision.REFUSE;
    }

    public int tries(String questionId) {
        return tries.getOrDefault(questionId, 0);
    }

    /** The first question without an answer, in quiz order, or the last one when all are answered. */
    public int firstOpenIndex() {
        for (int i = 0; i < quiz.questions().size(); i++) {
            if (!answered(quiz.questions().get(i).id())) {
                return i;
            }
        }
        return quiz.questions().size() - 1;
    }
}
