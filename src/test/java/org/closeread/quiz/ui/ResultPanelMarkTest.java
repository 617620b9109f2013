package org.closeread.quiz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.closeread.quiz.FeedbackLine;
import org.closeread.quiz.PromptView;
import org.closeread.quiz.QuestionType;
import org.closeread.quiz.Result;
import org.closeread.quiz.TeacherMark;
import org.closeread.quiz.Verdict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a student in a class reads about a written answer: to mark, then the teacher's mark and comment. */
class ResultPanelMarkTest {

    private static final List<String> RUBRIC = List.of("Names the mayor", "Says why she is quoted");

    @BeforeEach
    void ui() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private static String shown(Result result) {
        ResultPanel panel = new ResultPanel(null, step -> Optional.empty());
        panel.show(result, new PromptView("w1", QuestionType.WRITTEN, "Why is she quoted?", List.of(), List.of(),
                List.of(), List.of(), List.of()));
        return panel.getElement().getTextRecursively();
    }

    @Test
    void an_answer_to_mark_says_it_waits_for_the_teacher_and_is_not_in_the_score() {
        Result waiting = new Result("w1", true, 0, List.of(), "Quotes carry claims.", Optional.empty(),
                Optional.empty(), true, Optional.empty());

        assertThat(ResultPanel.headline(waiting)).isEqualTo("To mark: your teacher marks this answer");
        assertThat(shown(waiting)).contains("Waiting for your teacher's mark").doesNotContain("Self-checked");
    }

    @Test
    void a_marked_answer_shows_the_teachers_points_and_comment() {
        TeacherMark mark = new TeacherMark(RUBRIC, Set.of(0), "Say why she is quoted.", "ada",
                Instant.parse("2026-11-29T10:00:00Z"));
        Result marked = new Result("w1", true, 0.5, List.of(new FeedbackLine(Verdict.RIGHT, RUBRIC.get(0), ""),
                new FeedbackLine(Verdict.MISSED, RUBRIC.get(1), "")), "Quotes carry claims.", Optional.empty(),
                Optional.empty(), false, Optional.of(mark));

        assertThat(ResultPanel.headline(marked)).isEqualTo("Marked by your teacher: 1 of 2 points");
        assertThat(shown(marked)).contains("Marked by your teacher: 1 of 2 points.")
                .contains("Your teacher's comment: Say why she is quoted.");
    }
}
