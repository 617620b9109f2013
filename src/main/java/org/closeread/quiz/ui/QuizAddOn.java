package org.closeread.quiz.ui;

import com.vaadin.flow.component.html.Anchor;
import java.util.Optional;
import org.closeread.base.ui.LessonAddOn;
import org.closeread.quiz.QuizService;

/** Puts each step's practice exercises and the link to the quiz into the guided reading. */
@org.springframework.stereotype.Component
class QuizAddOn implements LessonAddOn {

    private final QuizService quizzes;

    QuizAddOn(QuizService quizzes) {
        this.quizzes = quizzes;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> forStep(String lessonSlug, String stepId) {
        return quizzes.exercises(lessonSlug, stepId).flatMap(exercises -> quizzes.lesson(lessonSlug)
                .map(lesson -> new PracticePanel(quizzes, lesson, exercises)));
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> forLesson(String lessonSlug) {
        return quizzes.quiz(lessonSlug).map(quiz -> {
            Anchor link = new Anchor("lessons/" + lessonSlug + "/quiz", "Take the quiz (" + quiz.questions().size()
                    + " questions)");
            link.addClassName("quiz-link");
            return link;
        });
    }
}
