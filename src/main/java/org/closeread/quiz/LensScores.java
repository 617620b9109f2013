package org.closeread.quiz;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.closeread.article.Lens;
import org.closeread.lesson.Lesson;

/**
 * Which lens a question trains, and a score per lens over one quiz or many. A question belongs to the
 * lens of the step it sends a student back to ({@code review:}; an exercise reviews its own step); a
 * question without a review step trains no lens and is left out. Written answers still waiting for the
 * teacher's mark are left out, as in the quiz score; within one lens every question weighs the same, in
 * one lesson as across lessons.
 */
public final class LensScores {

    /** The order lenses are listed in, from the words a student meets first. */
    public static final List<Lens> ORDER = List.of(Lens.QUOTE, Lens.SOURCE, Lens.FRAMING, Lens.MISSING, Lens.ANATOMY);

    private LensScores() {
    }

    /** The lens a question trains in this lesson: its review step's lens, if it has one. */
    public static Optional<Lens> lensOf(Question question, Lesson lesson) {
        return question.review().map(lesson::stepIndex).filter(index -> index >= 0)
                .map(index -> lesson.steps().get(index).lens());
    }

    /**
     * A quiz's score per lens, from the results of the questions asked (matched to the quiz's questions by
     * id, so a path that asks only some of them is scored on those); {@code onlyAnswered} leaves out the
     * questions not answered (a quiz still going on), otherwise they count 0.
     */
    public static List<LensScore> of(Quiz quiz, List<Result> results, Function<Question, Optional<Lens>> lens,
                                     boolean onlyAnswered) {
        Map<Lens, LensScore> scores = new EnumMap<>(Lens.class);
        for (Result result : results) {
            if (result.toMark() || (onlyAnswered && !result.answered())) {
                continue;
            }
            quiz.question(result.questionId()).flatMap(lens).ifPresent(l -> scores.merge(l,
                    new LensScore(l, result.score(), 1), LensScore::plus));
        }
        return ordered(scores);
    }

    /** The scores of several quizzes together: points and questions added up per lens. */
    public static List<LensScore> across(List<List<LensScore>> quizzes) {
        Map<Lens, LensScore> scores = new EnumMap<>(Lens.class);
        quizzes.forEach(list -> list.forEach(score -> scores.merge(score.lens(), score, LensScore::plus)));
        return ordered(scores);
    }

    /** The score on one lens, if any question of it counted. */
    public static Optional<LensScore> on(Lens lens, List<LensScore> scores) {
        return scores.stream().filter(s -> s.lens() == lens).findFirst();
    }

    private static List<LensScore> ordered(Map<Lens, LensScore> scores) {
        List<LensScore> list = new ArrayList<>();
        ORDER.forEach(lens -> Optional.ofNullable(scores.get(lens)).filter(s -> s.questions() > 0).ifPresent(list::add));
        return List.copyOf(list);
    }
}
