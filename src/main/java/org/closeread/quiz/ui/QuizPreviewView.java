package org.closeread.quiz.ui;

import org.closeread.base.ui.Translations;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.closeread.base.ui.MainLayout;
import org.closeread.quiz.Quiz;
import org.closeread.quiz.QuizPreview;
import org.closeread.quiz.QuizPreviews;
import org.closeread.security.TeacherAccountService;

/**
 * A teacher's preview of a lesson's quiz before it is published: every question as students get it,
 * answered and scored on the spot (feedback shown after each), nothing stored.
 */
@Route(value = "teacher/preview/:slug/quiz", layout = MainLayout.class)
@RolesAllowed(TeacherAccountService.TEACHER_ROLE)
class QuizPreviewView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final QuizPreviews previews;
    private Quiz quiz;
    private List<QuestionCard> cards = List.of();

    QuizPreviewView(QuizPreviews previews) {
        this.previews = previews;
        addClassNames("quiz-view", "preview-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        removeAll();
        Anchor back = new Anchor("teacher/lessons/" + slug + "/publish", Translations.text("preview.back"));
        back.addClassName("back-link");
        Optional<QuizPreview> preview = previews.quizPreview(slug);
        quiz = preview.flatMap(p -> p.quizzes().quiz()).orElse(null);
        if (quiz == null) {
            add(back, new H1(Translations.text("quiz.quiz-preview-view.no-quiz-to-preview")), new Paragraph(Translations.text("quiz.preview.none")));
            return;
        }
        Paragraph banner = new Paragraph(Translations.text("quiz.preview.banner", quiz.passMark()));
        banner.addClassName("preview-banner");
        add(back, new H1(quiz.title()), banner);
        cards = PreviewCards.of(quiz.questions(), "quiz.position", preview.get().lesson().article());
        cards.forEach(this::add);
    }

    @Override
    public String getPageTitle() {
        return quiz == null ? Translations.text("page.title", Translations.text("quiz.preview.title")) : Translations.text("preview.title.lesson", quiz.title());
    }

    List<QuestionCard> cards() {
        return cards;
    }
}
