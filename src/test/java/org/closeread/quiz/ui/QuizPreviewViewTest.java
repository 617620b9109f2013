package org.closeread.quiz.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.closeread.ClientInput._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.Set;
import org.closeread.KaribuTest;
import org.closeread.quiz.QuestionType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A teacher tries the quiz of a lesson before publishing: every question, scored at once, nothing stored. */
class QuizPreviewViewTest extends KaribuTest {

    @Override
    protected Set<Class<? extends Component>> views() {
        return Set.of(QuizPreviewView.class);
    }

    @BeforeEach
    void open() {
        login("ada", "TEACHER");
        ui().navigate("teacher/preview/china-russia-defence-ministers/quiz");
    }

    @Test
    void every_question_of_the_quiz_is_shown_as_students_get_it() {
        QuizPreviewView view = _get(QuizPreviewView.class);

        assertThat(view.cards()).hasSizeGreaterThan(10);
        assertThat(view.cards()).extracting(card -> card.prompt().type())
                .contains(QuestionType.SINGLE, QuestionType.MATCH, QuestionType.HIGHLIGHT, QuestionType.ORDER);
        assertThat(view.getElement().getTextRecursively()).contains("Question 1 of " + view.cards().size());
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_answer_is_scored_and_explained_at_once_and_no_student_is_made() {
        QuestionCard card = _get(QuizPreviewView.class).cards().stream()
                .filter(c -> c.prompt().type() == QuestionType.SINGLE).findFirst().orElseThrow();
        _setValue((RadioButtonGroup<Integer>) card.input().component(), 0);

        _click(card.saveButton());

        assertThat(card.resultPanel().isVisible()).isTrue();
        assertThat(StudentSession.participant()).isEmpty();
    }
}
