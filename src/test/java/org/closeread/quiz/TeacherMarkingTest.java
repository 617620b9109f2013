package org.closeread.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who scores a written answer: the student's self-check alone, the teacher's mark in a class. */
class TeacherMarkingTest {

    private static final WrittenQuestion WRITTEN = new WrittenQuestion(
            new Stem("w1", "Who is quoted, and why?", "Quotes carry claims."), "The mayor, to back the claim.",
            List.of("Names the mayor", "Says why she is quoted"));
    private static final TrueFalseQuestion TRUE_FALSE = new TrueFalseQuestion(
            new Stem("t1", "The headline is a question.", "It ends with a question mark."), true, null, null);
    private static final Quiz QUIZ = new Quiz("Quiz", 60, FeedbackTiming.AFTER_EACH, List.of(TRUE_FALSE, WRITTEN));

    private static TeacherMark mark(Set<Integer> met, String comment) {
        return new TeacherMark(WRITTEN.rubric(), met, comment, "ada", Instant.parse("2026-11-29T10:00:00Z"));
    }

    @Test
    void in_self_study_the_students_own_ticks_score_the_written_answer() {
        Result result = TeacherMarking.result(WRITTEN, new WrittenAnswer("The mayor.", Set.of(0, 1)), false,
                Optional.empty());

        assertThat(result.selfChecked()).isTrue();
        assertThat(result.toMark()).isFalse();
        assertThat(result.score()).isEqualTo(1.0);
    }

    @Test
    void in_a_class_the_students_ticks_count_for_nothing_until_the_teacher_marks() {
        Result waiting = TeacherMarking.result(WRITTEN, new WrittenAnswer("The mayor.", Set.of(0, 1)), true,
                Optional.empty());

        assertThat(waiting.toMark()).isTrue();
        assertThat(waiting.selfChecked()).isFalse();
        assertThat(waiting.score()).isZero();
        assertThat(waiting.teacherMark()).isEmpty();
    }

    @Test
    void the_teachers_mark_scores_the_share_of_rubric_points_met_and_keeps_the_comment() {
        Result marked = TeacherMarking.result(WRITTEN, new WrittenAnswer("The mayor.", Set.of(0, 1)), true,
                Optional.of(mark(Set.of(0), "  Say why she is quoted.  ")));

        assertThat(marked.toMark()).isFalse();
        assertThat(marked.score()).isEqualTo(0.5);
        assertThat(marked.teacherMark().orElseThrow().comment()).isEqualTo("Say why she is quoted.");
        assertThat(marked.teacherMark().orElseThrow().points()).isEqualTo("1 of 2 points");
        assertThat(marked.feedback()).extracting(Seen::of).containsExactly(
                new Seen(Verdict.RIGHT, "Names the mayor", "Your teacher found this point in your answer."),
                new Seen(Verdict.MISSED, "Says why she is quoted", "Not met, by your teacher’s mark."));
    }

    @Test
    void a_blank_answer_scores_zero_whatever_the_teacher_ticks() {
        Result marked = TeacherMarking.result(WRITTEN, new WrittenAnswer(" ", Set.of()), true,
                Optional.of(mark(Set.of(0, 1), "")));

        assertThat(marked.score()).isZero();
    }

    @Test
    void other_question_types_are_scored_by_the_app_in_a_class_too() {
        Result result = TeacherMarking.result(TRUE_FALSE, new TrueFalseAnswer(true), true, Optional.empty());

        assertThat(result.toMark()).isFalse();
        assertThat(result.correct()).isTrue();
    }

    @Test
    void a_mark_names_only_points_of_the_rubric() {
        assertThatThrownBy(() -> mark(Set.of(2), "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_quiz_score_leaves_answers_to_mark_out_and_says_so() {
        Result right = TRUE_FALSE.score(new TrueFalseAnswer(true));
        Result waiting = TeacherMarking.waiting(WRITTEN);

        QuizResult result = QuizResult.of(QUIZ, List.of(right, waiting));

        assertThat(result.percent()).isEqualTo(100);
        assertThat(result.toMarkCount()).isEqualTo(1);

        QuizResult marked = QuizResult.of(QUIZ, List.of(right,
                TeacherMarking.marked(WRITTEN, "The mayor.", mark(Set.of(), ""))));
        assertThat(marked.percent()).isEqualTo(50);
        assertThat(marked.toMarkCount()).isZero();
    }

    @Test
    void without_answers_to_mark_the_score_is_the_mean_of_every_question_as_before() {
        QuizResult result = QUIZ.result(Map.of(TRUE_FALSE.id(), new TrueFalseAnswer(false)));

        assertThat(result.percent()).isZero();
        assertThat(result.toMarkCount()).isZero();
    }
}
