package org.closeread.quiz;

import java.util.List;
import java.util.Optional;

/**
 * A quiz (or a step's exercises) as a student may see it before answering: prompts only, never a
 * key, a feedback text or an explanation.
 */
public record StudentQuiz(long id, String lessonSlug, String key, String title, int passMark,
                          FeedbackTiming feedback, List<PromptView> questions) {

    public StudentQuiz {
        questions = List.copyOf(questions);
    }

    public Optional<PromptView> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }

    public int indexOf(String questionId) {
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).id().equals(questionId)) {
                return i;
            }
        }
        return -1;
    }
}
