package org.closeread.quiz;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** A lesson's quiz: ordered questions, the pass mark in percent, and when feedback is shown. */
public record Quiz(String title, int passMark, FeedbackTiming feedback, List<Question> questions) {

    public static final int TITLE_MAX_LENGTH = 500;

    public Quiz {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(feedback, "feedback");
        questions = List.copyOf(questions);
        if (passMark < 0 || passMark > 100) {
            throw new IllegalArgumentException("a pass mark is a percentage, not " + passMark);
        }
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("quiz " + title + " has no questions");
        }
        Set<String> ids = new HashSet<>();
        for (Question question : questions) {
            if (!ids.add(question.id())) {
                throw new IllegalArgumentException("quiz " + title + " has question " + question.id() + " twice");
            }
        }
    }

    public Optional<Question> question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    /** Scores the answers given so far, by question id; a question without an answer scores 0. */
    public QuizResult result(Map<String, Answer> answers) {
        return QuizResult.of(this, answers);
    }
}
