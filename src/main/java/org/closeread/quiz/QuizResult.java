package org.closeread.quiz;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A quiz's outcome: the mean question score as a whole percent (rounded half up; written answers still
 * waiting for the teacher's mark are left out and counted apart), whether that reaches
 * the pass mark, each question's result in quiz order, and the steps to revisit: the review steps of
 * the questions not fully right, each once, in quiz order.
 */
public record QuizResult(int percent, boolean passed, List<Result> results, List<String> reviewSteps) {

    public QuizResult {
        results = List.copyOf(results);
        reviewSteps = List.copyOf(reviewSteps);
    }

    static QuizResult of(Quiz quiz, Map<String, Answer> answers) {
        return of(quiz, quiz.questions().stream()
                .map(q -> answers.containsKey(q.id()) ? q.score(answers.get(q.id())) : Result.unanswered(q))
                .toList());
    }

    /** From each question's result in quiz order; answers still to be marked by the teacher are left out. */
    static QuizResult of(Quiz quiz, List<Result> results) {
        double mean = results.stream().filter(r -> !r.toMark()).mapToDouble(Result::score).average().orElse(0);
        int percent = (int) Math.round(100 * mean);
        Set<String> review = new LinkedHashSet<>();
        for (int i = 0; i < results.size(); i++) {
            if (!results.get(i).correct()) {
                quiz.questions().get(i).review().ifPresent(review::add);
            }
        }
        return new QuizResult(percent, percent >= quiz.passMark(), results, List.copyOf(review));
    }

    public long rightCount() {
        return results.stream().filter(Result::correct).count();
    }

    public long selfCheckedCount() {
        return results.stream().filter(Result::selfChecked).count();
    }

    /** Written answers waiting for the teacher's mark: not in {@link #percent()}. */
    public long toMarkCount() {
        return results.stream().filter(Result::toMark).count();
    }

    public long unansweredCount() {
        return results.stream().filter(r -> !r.answered()).count();
    }
}
