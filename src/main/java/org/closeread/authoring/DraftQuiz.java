package org.closeread.authoring;

import java.util.List;
import java.util.Objects;
import org.closeread.quiz.FeedbackTiming;
import org.closeread.quiz.QuizReader;

/** The lesson's quiz: title, pass mark in percent, when feedback is shown, and its questions in order. */
public record DraftQuiz(String title, int passMark, FeedbackTiming feedback, List<DraftQuestion> questions) {

    public static final String DEFAULT_TITLE = "Check your close reading";

    public DraftQuiz {
        title = TypedText.clean(title);
        Objects.requireNonNull(feedback, "feedback");
        if (passMark < 0 || passMark > 100) {
            throw new IllegalArgumentException("a pass mark is a percentage, not " + passMark);
        }
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    static DraftQuiz empty() {
        return new DraftQuiz(DEFAULT_TITLE, QuizReader.DEFAULT_PASS_MARK, FeedbackTiming.AFTER_EACH, List.of());
    }

    public DraftQuiz withQuestions(List<DraftQuestion> newQuestions) {
        return new DraftQuiz(title, passMark, feedback, newQuestions);
    }
}
