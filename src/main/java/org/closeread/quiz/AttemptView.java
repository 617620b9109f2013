package org.closeread.quiz;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One participant's attempt at a quiz version: the quiz as the student sees it, what they answered,
 * and the results of those answers (the view decides when to show them: after each or at the end).
 */
public record AttemptView(long id, StudentQuiz quiz, boolean finished, Map<String, Answer> answers,
                          Map<String, Result> results) {

    public AttemptView {
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        results = Collections.unmodifiableMap(new LinkedHashMap<>(results));
    }

    public boolean answered(String questionId) {
        return answers.containsKey(questionId);
    }

    public int answeredCount() {
        return answers.size();
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
