package org.closeread.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuizResultTest {

    private static Stem stem(String id, String review) {
        return new Stem(id, "Prompt of " + id + "?", "Explanation of " + id + ".", Optional.ofNullable(review));
    }

    private final Quiz quiz = new Quiz("Check your close reading", 70, FeedbackTiming.AT_END, List.of(
            new TrueFalseQuestion(stem("q-1", "anatomy"), true, "", ""),
            new TrueFalseQuestion(stem("q-2", "sourcing"), false, "", ""),
            new TrueFalseQuestion(stem("q-3", "anatomy"), true, "", ""),
            new WrittenQuestion(stem("q-4", "missing"), "A model answer.", List.of("a", "b")),
            new TrueFalseQuestion(stem("q-5", null), true, "", "")));

    private Map<String, Answer> allRight() {
        Map<String, Answer> answers = new HashMap<>();
        answers.put("q-1", new TrueFalseAnswer(true));
        answers.put("q-2", new TrueFalseAnswer(false));
        answers.put("q-3", new TrueFalseAnswer(true));
        answers.put("q-4", new WrittenAnswer("Mine.", Set.of(0, 1)));
        answers.put("q-5", new TrueFalseAnswer(true));
        return answers;
    }

    @Test
    void all_right_scores_one_hundred_percent_passes_and_needs_no_review() {
        QuizResult result = quiz.result(allRight());
        assertEquals(100, result.percent());
        assertTrue(result.passed());
        assertEquals(List.of(), result.reviewSteps());
        assertEquals(5, result.rightCount());
        assertEquals(1, result.selfCheckedCount());
    }

    @Test
    void no_answers_score_zero_and_every_review_step_is_listed_once_in_quiz_order() {
        QuizResult result = quiz.result(Map.of());
        assertEquals(0, result.percent());
        assertFalse(result.passed());
        assertEquals(List.of("anatomy", "sourcing", "missing"), result.reviewSteps());
        assertEquals(5, result.unansweredCount());
    }

    @Test
    void the_percent_is_the_mean_question_score_rounded_half_up() {
        Map<String, Answer> answers = allRight();
        answers.put("q-4", new WrittenAnswer("Mine.", Set.of(0)));
        QuizResult result = quiz.result(answers);
        assertEquals(90, result.percent());
        answers.remove("q-5");
        answers.put("q-2", new TrueFalseAnswer(true));
        assertEquals(50, quiz.result(answers).percent());
    }

    @Test
    void reaching_the_pass_mark_exactly_passes() {
        Quiz two = new Quiz("Two", 50, FeedbackTiming.AFTER_EACH, quiz.questions().subList(0, 2));
        assertTrue(two.result(Map.of("q-1", new TrueFalseAnswer(true))).passed());
        assertFalse(two.result(Map.of("q-1", new TrueFalseAnswer(false))).passed());
    }

    @Test
    void a_partly_right_question_puts_its_step_on_the_review_list() {
        Map<String, Answer> answers = allRight();
        answers.put("q-4", new WrittenAnswer("Mine.", Set.of(1)));
        assertEquals(List.of("missing"), quiz.result(answers).reviewSteps());
    }

    @Test
    void a_missed_question_without_a_review_step_adds_none() {
        Map<String, Answer> answers = allRight();
        answers.put("q-5", new TrueFalseAnswer(false));
        QuizResult result = quiz.result(answers);
        assertEquals(List.of(), result.reviewSteps());
        assertEquals(80, result.percent());
    }

    @Test
    void results_are_in_quiz_order_and_answers_to_other_questions_are_ignored() {
        Map<String, Answer> answers = allRight();
        answers.put("q-other", new TrueFalseAnswer(true));
        QuizResult result = quiz.result(answers);
        assertEquals(List.of("q-1", "q-2", "q-3", "q-4", "q-5"), result.results().stream().map(Result::questionId)
                .toList());
    }

    @Test
    void a_quiz_needs_questions_with_different_ids_and_a_pass_mark_in_percent() {
        List<Question> questions = quiz.questions();
        assertThrows(IllegalArgumentException.class, () -> new Quiz("T", 70, FeedbackTiming.AT_END, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Quiz("T", 101, FeedbackTiming.AT_END, questions));
        assertThrows(IllegalArgumentException.class, () -> new Quiz("T", 70, FeedbackTiming.AT_END,
                List.of(questions.get(0), questions.get(0))));
        assertEquals(Optional.of(questions.get(2)), quiz.question("q-3"));
    }
}
