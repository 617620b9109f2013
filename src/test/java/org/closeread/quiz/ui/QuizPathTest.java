package org.closeread.quiz.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Set;
import org.closeread.KaribuTest;
import org.junit.jupiter.api.Test;

/** The quiz on the core path asks only the core questions, and scores over those; the full path asks all. */
class QuizPathTest extends KaribuTest {

    private static final String QUIZ = "lessons/china-russia-defence-ministers/quiz";

    @Override
    protected Set<Class<? extends Component>> views() {
        return Set.of(QuizView.class);
    }

    private static String intro() {
        return _find(Paragraph.class).stream().map(Paragraph::getText).filter(t -> t.contains("Pass mark"))
                .findFirst().orElseThrow();
    }

    @Test
    void the_core_quiz_asks_thirteen_questions_and_the_full_quiz_all() {
        ui().navigate(QUIZ, com.vaadin.flow.router.QueryParameters.fromString("path=core"));
        assertThat(intro()).startsWith("13 questions.");

        ui().navigate(QUIZ, com.vaadin.flow.router.QueryParameters.fromString("path=full"));
        assertThat(intro()).startsWith("37 questions.");
    }

    @Test
    void an_attempt_on_the_core_path_is_on_the_core_quiz() {
        ui().navigate(QUIZ, com.vaadin.flow.router.QueryParameters.fromString("path=core"));
        _click(_get(Button.class, spec -> spec.withText("Start the quiz")));

        String page = _get(QuizView.class).getElement().getTextRecursively();
        assertThat(page).contains("of 13");
    }
}
