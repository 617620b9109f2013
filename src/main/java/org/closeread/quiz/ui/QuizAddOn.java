package org.closeread.quiz.ui;

import org.closeread.base.ui.Translations;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;
import org.closeread.base.ui.LessonAddOn;
import org.closeread.lesson.LessonPath;
import org.closeread.quiz.QuizPreviews;
import org.closeread.quiz.QuizService;

/** Puts each step's practice exercises and the link to the quiz into the guided reading. */
@org.springframework.stereotype.Component
class QuizAddOn implements LessonAddOn {

    private final QuizService quizzes;
    private final QuizPreviews previews;

    QuizAddOn(QuizService quizzes, QuizPreviews previews) {
        this.quizzes = quizzes;
        this.previews = previews;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> forStep(String lessonSlug, String stepId) {
        return quizzes.exercises(lessonSlug, stepId).flatMap(exercises -> quizzes.lesson(lessonSlug)
                .map(lesson -> new PracticePanel(quizzes, lesson, exercises)));
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> forLesson(String lessonSlug) {
        return quizzes.quiz(lessonSlug).map(quiz -> {
            Anchor link = new Anchor("lessons/" + lessonSlug + "/quiz", Translations.text("quiz.take", quiz.questions().size()));
            link.addClassName("quiz-link");
            return link;
        });
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> forStep(String lessonSlug, String stepId, String path) {
        LessonPath chosen = LessonPath.fromId(path).orElse(LessonPath.FULL);
        return quizzes.exercises(lessonSlug, stepId, chosen).flatMap(exercises -> quizzes.lesson(lessonSlug)
                .map(lesson -> new PracticePanel(quizzes, lesson, exercises)));
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> forLesson(String lessonSlug, String path) {
        LessonPath chosen = LessonPath.fromId(path).orElse(LessonPath.FULL);
        return quizzes.quiz(lessonSlug, chosen).map(quiz -> {
            Anchor link = new Anchor("lessons/" + lessonSlug + "/quiz?path=" + chosen.id(),
                    Translations.text("quiz.take", quiz.questions().size()));
            link.addClassName("quiz-link");
            return link;
        });
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> forPreviewStep(String lessonSlug, String stepId) {
        return previews.quizPreview(lessonSlug).filter(p -> !p.quizzes().exercises(stepId).isEmpty()).map(preview -> {
            Div panel = new Div(new H2(Translations.text("quiz.quiz-add-on.practise-on-the-text")),
                    new Paragraph(Translations.text("quiz.quiz-add-on.try-these-before-you")));
            panel.addClassName("practice-panel");
            PreviewCards.of(preview.quizzes().exercises(stepId), "quiz.exercise.position", preview.lesson().article())
                    .forEach(panel::add);
            return panel;
        });
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> forPreviewLesson(String lessonSlug) {
        return previews.quizPreview(lessonSlug).flatMap(p -> p.quizzes().quiz()).map(quiz -> {
            Anchor link = new Anchor("teacher/preview/" + lessonSlug + "/quiz", Translations.text("quiz.take", quiz.questions().size()));
            link.addClassName("quiz-link");
            return link;
        });
    }
}
