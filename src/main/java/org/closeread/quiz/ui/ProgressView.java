package org.closeread.quiz.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
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
import org.closeread.base.ui.component.TextTable;
import org.closeread.quiz.Participant;
import org.closeread.quiz.QuizService;
import org.closeread.quiz.SkillReport;

/**
 * A student's skill view: their score per lens over every lesson whose quiz they finished, as bars with
 * the numbers as text, and lesson by lesson. Works for the participant of this browser, or after typing
 * a resume code.
 */
@Route(value = "progress", layout = MainLayout.class)
@AnonymousAllowed
class ProgressView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final QuizService quizzes;
    private final GuessThrottle guesses;

    ProgressView(QuizService quizzes, GuessThrottle guesses) {
        this.quizzes = quizzes;
        this.guesses = guesses;
        addClassName("progress-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        render(StudentSession.participant());
    }

    private void render(Optional<Participant> student) {
        removeAll();
        add(new H1(getTranslation("skills.heading")));
        Paragraph intro = new Paragraph(getTranslation("skills.intro"));
        intro.addClassName("library-intro");
        add(intro);
        SkillReport report = student.map(quizzes::skills).orElse(SkillReport.empty());
        student.ifPresent(p -> add(new ResumeCodeBox(p, quizzes)));
        if (report.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("skills.none"));
            none.setId("skills-none");
            add(none, new Anchor("", getTranslation("skills.to-library")));
            if (student.isEmpty()) {
                add(resumeForm());
            }
            return;
        }
        add(SkillChart.bars(report), TextTable.titled(SkillChart.table(report)));
    }

    private ResumeForm resumeForm() {
        return new ResumeForm(code -> {
            // Wrong resume codes are throttled per browser and address, as on a quiz's resume form.
            BrowserClient client = BrowserClient.current();
            Optional<Duration> wait = guesses.waitFor(client);
            if (wait.isPresent()) {
                return Optional.of(GuessThrottle.message(wait.get()));
            }
            Optional<Participant> found = quizzes.resume(code);
            if (found.isEmpty()) {
                guesses.wrongCode(client);
                return Optional.of(guesses.waitFor(client).map(GuessThrottle::message).orElse(ResumeForm.WRONG_CODE));
            }
            StudentSession.set(found.get());
            render(found);
            return Optional.empty();
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("skills.title"));
    }
}
