package org.closeread.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The questions of one lesson: its quiz, if it has one, and each step's practice exercises by step id. */
public record LessonQuizzes(String lessonSlug, Optional<Quiz> quiz, Map<String, List<Question>> exercises) {

    public LessonQuizzes {
        Objects.requireNonNull(lessonSlug, "lessonSlug");
        quiz = Objects.requireNonNullElse(quiz, Optional.empty());
        Map<String, List<Question>> copy = new LinkedHashMap<>();
        exercises.forEach((step, questions) -> copy.put(step, List.copyOf(questions)));
        exercises = Collections.unmodifiableMap(copy);
    }

    /** The exercises of one step, in file order; none for an unknown step. */
    public List<Question> exercises(String stepId) {
        return exercises.getOrDefault(stepId, List.of());
    }

    /** Every question: the exercises step by step, then the quiz. */
    public List<Question> questions() {
        List<Question> all = new ArrayList<>();
        exercises.values().forEach(all::addAll);
        quiz.ifPresent(q -> all.addAll(q.questions()));
        return all;
    }

    public Optional<Question> question(String id) {
        return questions().stream().filter(q -> q.id().equals(id)).findFirst();
    }
}
