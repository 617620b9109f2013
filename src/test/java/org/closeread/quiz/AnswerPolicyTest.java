package org.closeread.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import org.closeread.quiz.AnswerPolicy.Decision;
import org.junit.jupiter.api.Test;

class AnswerPolicyTest {

    @Test
    void with_feedback_after_each_question_the_first_answer_is_final() {
        assertThat(AnswerPolicy.decide(false, FeedbackTiming.AFTER_EACH, false, false)).isEqualTo(Decision.COUNTS);
        assertThat(AnswerPolicy.decide(false, FeedbackTiming.AFTER_EACH, false, true)).isEqualTo(Decision.REFUSE);
        assertThat(AnswerPolicy.refusal(false, FeedbackTiming.AFTER_EACH, false, true))
                .contains(AnswerPolicy.FINAL_AFTER_FEEDBACK);
        assertThat(AnswerPolicy.feedbackShown(false, FeedbackTiming.AFTER_EACH, false)).isTrue();
    }

    @Test
    void with_feedback_at_the_end_answers_change_until_the_quiz_is_submitted() {
        assertThat(AnswerPolicy.decide(false, FeedbackTiming.AT_END, false, false)).isEqualTo(Decision.COUNTS);
        assertThat(AnswerPolicy.decide(false, FeedbackTiming.AT_END, false, true)).isEqualTo(Decision.COUNTS);
        assertThat(AnswerPolicy.feedbackShown(false, FeedbackTiming.AT_END, false)).isFalse();

        assertThat(AnswerPolicy.decide(false, FeedbackTiming.AT_END, true, true)).isEqualTo(Decision.REFUSE);
        assertThat(AnswerPolicy.decide(false, FeedbackTiming.AT_END, true, false)).isEqualTo(Decision.REFUSE);
        assertThat(AnswerPolicy.refusal(false, FeedbackTiming.AT_END, true, false))
                .contains(AnswerPolicy.FINAL_AFTER_SUBMIT);
        assertThat(AnswerPolicy.feedbackShown(false, FeedbackTiming.AT_END, true)).isTrue();
    }

    @Test
    void a_submitted_quiz_takes_no_answer_whatever_its_feedback() {
        assertThat(AnswerPolicy.decide(false, FeedbackTiming.AFTER_EACH, true, false)).isEqualTo(Decision.REFUSE);
    }

    @Test
    void practice_takes_every_try_and_the_first_counts() {
        assertThat(AnswerPolicy.decide(true, FeedbackTiming.AFTER_EACH, false, false)).isEqualTo(Decision.COUNTS);
        assertThat(AnswerPolicy.decide(true, FeedbackTiming.AFTER_EACH, false, true)).isEqualTo(Decision.KEPT_ONLY);
        assertThat(AnswerPolicy.decide(true, FeedbackTiming.AT_END, false, true)).isEqualTo(Decision.KEPT_ONLY);
        assertThat(AnswerPolicy.refusal(true, FeedbackTiming.AFTER_EACH, false, true)).isEmpty();
        assertThat(AnswerPolicy.feedbackShown(true, FeedbackTiming.AT_END, false)).isTrue();
    }
}
