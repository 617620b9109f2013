package org.closeread.quiz.ui;

import org.closeread.base.ui.Translations;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Duration;
import java.util.Optional;
import org.closeread.base.GuessThrottle;
import org.closeread.base.ui.BrowserClient;
import org.closeread.base.ui.MainLayout;
import org.closeread.lesson.LessonPath;
import org.closeread.lesson.LessonReading;
import org.closeread.quiz.AnswerRefusedException;
import org.closeread.quiz.AttemptView;
import org.closeread.quiz.FeedbackTiming;
import org.closeread.quiz.Participant;
import org.closeread.quiz.PromptView;
import org.closeread.quiz.QuizService;
import org.closeread.quiz.SkillReport;
import org.closeread.quiz.StudentQuiz;

/**
 * The lesson's quiz, one question at a time. Every answer is saved when given; the resume code
 * continues the attempt in another browser; a finished attempt shows its results.
 */
@Route(value = "lessons/:slug/quiz", layout = MainLayout.class)
@AnonymousAllowed
class QuizView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String QUIZ_KEY = "quiz";

    private final QuizService quizzes;
    private LessonPath requestedPath = LessonPath.FULL;
    private String quizKey = QUIZ_KEY;
    private String slug;
    private LessonReading lesson;
    private StudentQuiz quiz;
    private AttemptView attempt;
    private int index;
    private final Div body = new Div();
    private QuestionCard card;
    /** Why answers are refused now (a closed class or assignment), as the service says. */
    private Optional<String> closed = Optional.empty();

    private final GuessThrottle guesses;

    QuizView(QuizService quizzes, GuessThrottle guesses) {
        this.quizzes = quizzes;
        this.guesses = guesses;
        addClassName("quiz-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        slug = event.getRouteParameters().get("slug").orElse("");
        removeAll();
        body.removeAll();
        lesson = quizzes.lesson(slug).orElse(null);
        requestedPath = lesson == null ? LessonPath.FULL : event.getLocation().getQueryParameters()
                .getSingleParameter("path").flatMap(LessonPath::fromId)
                .orElse(lesson.lesson().plan().hasPaths() ? LessonPath.CORE : LessonPath.FULL);
        quizKey = QUIZ_KEY;
        quiz = lesson == null ? null : quizzes.quiz(slug, requestedPath).orElse(null);
        if (quiz == null) {
            add(new H1(Translations.text("quiz.quiz-view.quiz-not-found")), new Paragraph(Translations.text("quiz.quiz-view.there-is-no-quiz")),
                    new Anchor("", Translations.text("lesson.back-to-library")));
            return;
        }
        Anchor back = new Anchor("lessons/" + slug, Translations.text("quiz.back-to-lesson", lesson.lesson().title()));
        back.addClassName("back-link");
        H1 title = new H1(quiz.title());
        add(back, title, body);
        StudentSession.participant().ifPresentOrElse(this::continueAs, this::showIntro);
    }

    private void showIntro() {
        body.removeAll();
        Paragraph about = new Paragraph(Translations.text("quiz.about", quiz.questions().size(), quiz.passMark()) + " "
                + Translations.text(quiz.feedback() == FeedbackTiming.AFTER_EACH ? "quiz.about.after-each" : "quiz.about.at-end"));
        Button start = new Button(Translations.text("quiz.quiz-view.start-the-quiz"), click -> {
            Participant participant = quizzes.newParticipant(null);
            StudentSession.set(participant);
            continueAs(participant);
        });
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setDisableOnClick(true);
        ResumeForm resume = new ResumeForm(code -> {
            // Wrong resume codes are throttled per browser and address, as on /join.
            if (code == null || code.isBlank()) {
                return Optional.of(Translations.text(ResumeForm.EMPTY_CODE));
            }
            BrowserClient client = BrowserClient.current();
            Optional<Duration> wait = guesses.waitFor(client);
            if (wait.isPresent()) {
                return Optional.of(Translations.text(GuessThrottle.WAIT, GuessThrottle.seconds(wait.get())));
            }
            Optional<Participant> found = quizzes.resume(code);
            if (found.isEmpty()) {
                guesses.wrongCode(client);
                return Optional.of(guesses.waitFor(client)
                        .map(w -> Translations.text(GuessThrottle.WAIT, GuessThrottle.seconds(w)))
                        .orElse(Translations.text(ResumeForm.WRONG_CODE)));
            }
            StudentSession.set(found.get());
            continueAs(found.get());
            return Optional.empty();
        });
        Div intro = new Div(about, start, resume);
        intro.addClassName("quiz-intro");
        body.add(intro);
    }

    private void continueAs(Participant participant) {
        // A class's assignment decides the path; in self-study, the address (or core) does.
        LessonPath path = quizzes.assignedPath(participant, slug).orElse(requestedPath);
        quizKey = quizzes.quizKey(slug, path);
        closed = quizzes.refusal(participant, slug, quizKey).map(Translations::text);
        Optional<AttemptView> found = quizzes.attempt(participant, slug, quizKey);
        if (found.isEmpty()) {
            body.removeAll();
            body.add(new ResumeCodeBox(participant, quizzes), closedNotice());
            return;
        }
        attempt = found.get();
        // An attempt keeps the quiz version it was started on, even after the lesson file changed,
        // and shows the article text that version was written on.
        quiz = attempt.quiz();
        lesson = quizzes.lesson(slug, quiz.id()).orElse(lesson);
        body.removeAll();
        body.add(new ResumeCodeBox(participant, quizzes));
        if (attempt.finished()) {
            showResults(participant);
        } else {
            index = attempt.firstOpenIndex();
            showQuestion(participant);
        }
    }

    private void showQuestion(Participant participant) {
        body.getChildren().filter(c -> !(c instanceof ResumeCodeBox)).toList().forEach(body::remove);
        PromptView prompt = quiz.questions().get(index);
        int total = quiz.questions().size();
        Span position = new Span(Translations.text("quiz.position", index + 1, total));
        position.setId("question-position");
        ProgressBar progress = new ProgressBar(0, total, attempt.answeredCount());
        progress.getElement().setAttribute("aria-label", Translations.text("quiz.progress", attempt.answeredCount(), total));
        Div head = new Div(position, progress);
        head.addClassName("quiz-progress");
        QuestionCard.Mode mode = attempt.feedback() == FeedbackTiming.AFTER_EACH
                ? QuestionCard.Mode.FINAL_ONCE_SHOWN : QuestionCard.Mode.UNTIL_SUBMITTED;
        card = new QuestionCard(prompt, "", lesson.article(), mode,
                answer -> {
                    try {
                        return quizzes.answer(participant, attempt.id(), prompt.id(), answer);
                    } finally {
                        attempt = quizzes.attempt(participant, attempt.id());
                        progress.setValue(attempt.answeredCount());
                    }
                }, this::reviewLink);
        card.setReview(quizzes.reviewStep(quiz.id(), prompt.id()));
        card.setSelfCheck(ticked -> quizzes.selfCheck(participant, attempt.id(), prompt.id(), ticked));
        Optional.ofNullable(attempt.answers().get(prompt.id()))
                .ifPresent(given -> card.fill(given, attempt.results().get(prompt.id())));
        closed.ifPresent(card::refuse);
        Button previous = new Button(Translations.text("quiz.quiz-view.previous-question"), click -> {
            index--;
            showQuestion(participant);
        });
        previous.setEnabled(index > 0);
        Button next = new Button(Translations.text("quiz.quiz-view.next-question"), click -> {
            index++;
            showQuestion(participant);
        });
        next.setEnabled(index < total - 1);
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button finish = new Button(Translations.text(attempt.feedback() == FeedbackTiming.AT_END ? "quiz.submit"
                : "quiz.finish"), click -> confirmFinish(participant));
        finish.setId("finish-quiz");
        finish.setEnabled(closed.isEmpty());
        Div navigation = new Div(previous, next, finish);
        navigation.addClassName("quiz-navigation");
        closed.ifPresent(why -> body.add(closedNotice()));
        body.add(head, card, navigation);
    }

    private Paragraph closedNotice() {
        Paragraph notice = new Paragraph(closed.orElse(""));
        notice.setId("quiz-closed");
        notice.addClassName("quiz-closed");
        notice.getElement().setAttribute("role", "status");
        return notice;
    }

    private void confirmFinish(Participant participant) {
        int open = quiz.questions().size() - attempt.answeredCount();
        if (open == 0) {
            finish(participant);
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(Translations.text("quiz.quiz-view.finish-the-quiz"),
                Translations.text("quiz.finish.open", open)
                        + (attempt.feedback() == FeedbackTiming.AT_END
                        ? " " + Translations.text("quiz.finish.final") : ""),
                Translations.text("quiz.finish.confirm"), event -> finish(participant));
        confirm.setCancelable(true);
        confirm.setCancelText(Translations.text("quiz.quiz-view.keep-answering"));
        confirm.open();
    }

    private void finish(Participant participant) {
        try {
            quizzes.finish(participant, attempt.id());
        } catch (AnswerRefusedException refused) {
            closed = Optional.of(Translations.text(refused.getMessage()));
            showQuestion(participant);
            return;
        }
        attempt = quizzes.attempt(participant, attempt.id());
        body.getChildren().filter(c -> !(c instanceof ResumeCodeBox)).toList().forEach(body::remove);
        showResults(participant);
    }

    private void showResults(Participant participant) {
        body.add(new QuizResults(quiz, quizzes.result(participant, attempt.id()), lesson.article(),
                this::reviewLink));
        body.add(skills(participant));
        Button again = new Button(Translations.text("quiz.quiz-view.take-the-quiz-again"), click -> {
            try {
                quizzes.start(participant, slug, quizKey);
            } catch (AnswerRefusedException refused) {
                // A closed assignment: continueAs shows why.
            }
            continueAs(participant);
        });
        again.setEnabled(closed.isEmpty());
        body.add(again);
    }

    /** The skill view after the quiz: the score per lens over every lesson whose quiz is finished. */
    private Component skills(Participant participant) {
        SkillReport report = quizzes.skills(participant);
        Section section = new Section();
        section.addClassName("quiz-skills");
        H2 heading = new H2(getTranslation("skills.after-quiz"));
        section.add(heading);
        if (report.isEmpty()) {
            section.add(new Paragraph(getTranslation("skills.none")));
        } else {
            section.add(SkillChart.bars(report));
        }
        Anchor more = new Anchor("progress", getTranslation("skills.link"));
        more.setId("skills-link");
        section.add(new Paragraph(more));
        return section;
    }

    private Optional<Component> reviewLink(String stepId) {
        int step = lesson.lesson().stepIndex(stepId);
        if (step < 0) {
            return Optional.empty();
        }
        return Optional.of(new Anchor("lessons/" + slug + "?step=" + (step + 1),
                Translations.text("quiz.review.step", step + 1, lesson.lesson().steps().get(step).title())));
    }

    @Override
    public String getPageTitle() {
        return Translations.text("page.title", quiz == null ? Translations.text("quiz.quiz-view.quiz-not-found") : quiz.title());
    }

    QuestionCard card() {
        return card;
    }

    AttemptView currentAttempt() {
        return attempt;
    }
}
