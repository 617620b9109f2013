package org.closeread.quiz.ui;

import org.closeread.base.ui.Translations;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;
import org.closeread.lesson.LessonReading;
import org.closeread.quiz.AnswerRefusedException;
import org.closeread.quiz.AttemptView;
import org.closeread.quiz.Participant;
import org.closeread.quiz.PromptView;
import org.closeread.quiz.QuizService;
import org.closeread.quiz.StudentQuiz;

/**
 * A step's practice exercises under its teaching text. Answers are stored like quiz answers, under the
 * student's participant (made at the first answer), and feedback comes right away.
 */
class PracticePanel extends Composite<Div> {

    private final QuizService quizzes;
    private final LessonReading lesson;
    private final StudentQuiz exercises;
    private final Div codeSlot = new Div();

    PracticePanel(QuizService quizzes, LessonReading lesson, StudentQuiz exercises) {
        this.quizzes = quizzes;
        this.lesson = lesson;
        this.exercises = exercises;
        Div root = getContent();
        root.addClassName("practice-panel");
        H2 heading = new H2(Translations.text("quiz.practice-panel.practise-on-the-text"));
        Paragraph hint = new Paragraph(Translations.text("quiz.practice.hint"));
        root.add(heading, hint, codeSlot);
        Optional<AttemptView> earlier = StudentSession.participant().flatMap(p -> attempt(p));
        StudentSession.participant().ifPresent(p -> codeSlot.add(new ResumeCodeBox(p, quizzes)));
        int number = 1;
        for (PromptView prompt : exercises.questions()) {
            String position = Translations.text("quiz.exercise.position", number++, exercises.questions().size());
            QuestionCard card = new QuestionCard(prompt, position, lesson.article(), QuestionCard.Mode.PRACTICE,
                    answer -> quizzes.answer(participant(), attemptId(), prompt.id(), answer),
                    stepId -> Optional.empty());
            card.setSelfCheck(ticked -> quizzes.selfCheck(participant(), attemptId(), prompt.id(), ticked));
            earlier.filter(a -> a.answered(prompt.id()))
                    .ifPresent(a -> card.fill(a.answers().get(prompt.id()), a.results().get(prompt.id())));
            root.add(card);
        }
    }

    private long attemptId() {
        return attempt(participant()).orElseThrow(() -> new AnswerRefusedException(
                quizzes.refusal(participant(), lesson.lesson().slug(), exercises.key())
                        .orElse("quiz.practice.closed"))).id();
    }

    private Participant participant() {
        return StudentSession.participant().orElseGet(() -> {
            Participant created = quizzes.newParticipant(null);
            StudentSession.set(created);
            codeSlot.add(new ResumeCodeBox(created, quizzes));
            return created;
        });
    }

    /** Practice follows the exercises shown: after they changed, answers go to a fresh attempt on them. */
    private Optional<AttemptView> attempt(Participant participant) {
        String slug = lesson.lesson().slug();
        try {
            return quizzes.attempt(participant, slug, exercises.key())
                    .flatMap(a -> a.quiz().id() == exercises.id() ? Optional.of(a)
                            : quizzes.start(participant, slug, exercises.key()));
        } catch (AnswerRefusedException closed) {
            return Optional.empty();
        }
    }
}
