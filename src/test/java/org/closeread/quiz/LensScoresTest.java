package org.closeread.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.closeread.article.Lens;
import org.closeread.lesson.Lesson;
import org.closeread.lesson.Step;
import org.junit.jupiter.api.Test;

/** Which lens a question trains, and the score per lens in one lesson and across lessons; no Spring. */
class LensScoresTest {

    private static Lesson lesson(String slug) {
        return new Lesson(slug, "Lesson " + slug, null, 20, List.of(), slug, List.of(
                new Step("quotes", "Who speaks?", Lens.QUOTE, "", List.of()),
                new Step("sourcing", "From where?", Lens.SOURCE, "", List.of()),
                new Step("page", "Article or page?", Lens.ANATOMY, "", List.of())));
    }

    private static TrueFalseQuestion question(String id, String review) {
        return new TrueFalseQuestion(new Stem(id, "True?", "Because.", Optional.ofNullable(review)), true, null, null);
    }

    private static final Quiz QUIZ = new Quiz("Quiz", 70, FeedbackTiming.AFTER_EACH, List.of(
            question("q1", "quotes"), question("q2", "quotes"), question("q3", "sourcing"),
            question("q4", null), question("q5", "no-such-step"), question("q6", "page")));

    private static Result scored(Question question, boolean right) {
        return question.score(new TrueFalseAnswer(right));
    }

    @Test
    void a_question_trains_the_lens_of_its_review_step_and_without_one_no_lens() {
        Lesson lesson = lesson("one");

        assertThat(LensScores.lensOf(QUIZ.questions().get(0), lesson)).contains(Lens.QUOTE);
        assertThat(LensScores.lensOf(QUIZ.questions().get(2), lesson)).contains(Lens.SOURCE);
        assertThat(LensScores.lensOf(QUIZ.questions().get(3), lesson)).isEmpty();
        assertThat(LensScores.lensOf(QUIZ.questions().get(4), lesson)).isEmpty();
    }

    @Test
    void one_quiz_scores_each_lens_over_its_questions_in_the_order_quote_source_framing_missing_anatomy() {
        Lesson lesson = lesson("one");
        List<Result> results = List.of(scored(QUIZ.questions().get(0), true), scored(QUIZ.questions().get(1), false),
                scored(QUIZ.questions().get(2), true), scored(QUIZ.questions().get(3), true),
                scored(QUIZ.questions().get(4), true), Result.unanswered(QUIZ.questions().get(5)));

        List<LensScore> scores = LensScores.of(QUIZ, results, q -> LensScores.lensOf(q, lesson), false);

        assertThat(scores).containsExactly(new LensScore(Lens.QUOTE, 1, 2), new LensScore(Lens.SOURCE, 1, 1),
                new LensScore(Lens.ANATOMY, 0, 1));
        assertThat(scores.getFirst().percent()).isEqualTo(50);
        // A quiz still going on counts only the questions answered so far.
        assertThat(LensScores.of(QUIZ, results, q -> LensScores.lensOf(q, lesson), true))
                .extracting(LensScore::lens).containsExactly(Lens.QUOTE, Lens.SOURCE);
    }

    @Test
    void across_lessons_every_question_of_a_lens_weighs_the_same() {
        List<LensScore> first = List.of(new LensScore(Lens.QUOTE, 1, 4), new LensScore(Lens.FRAMING, 2, 2));
        List<LensScore> second = List.of(new LensScore(Lens.QUOTE, 2, 2), new LensScore(Lens.MISSING, 0.5, 1));

        List<LensScore> all = LensScores.across(List.of(first, second));

        assertThat(all).containsExactly(new LensScore(Lens.QUOTE, 3, 6), new LensScore(Lens.FRAMING, 2, 2),
                new LensScore(Lens.MISSING, 0.5, 1));
        assertThat(all.getFirst().percent()).isEqualTo(50);
        assertThat(new LensScore(Lens.MISSING, 0.5, 1).percent()).isEqualTo(50);
        assertThat(new LensScore(Lens.QUOTE, 2, 3).percent()).isEqualTo(67);
    }

    @Test
    void a_skill_report_adds_up_its_lessons_and_only_the_results_given_are_scored() {
        SkillReport report = new SkillReport(List.of(
                new LessonSkills("one", "One", true, 50, List.of(new LensScore(Lens.QUOTE, 1, 2))),
                new LessonSkills("two", "Two", true, 100, List.of(new LensScore(Lens.QUOTE, 2, 2)))));

        assertThat(report.overall()).containsExactly(new LensScore(Lens.QUOTE, 3, 4));
        assertThat(report.lesson("two")).isPresent();
        assertThat(SkillReport.empty().overall()).isEmpty();
        // Only the results given are scored (a path may ask some of the questions); unknown ids are left out.
        Lesson lesson = lesson("one");
        assertThat(LensScores.of(QUIZ, List.of(scored(QUIZ.questions().get(2), true),
                Result.unanswered(question("not-in-quiz", "quotes"))), q -> LensScores.lensOf(q, lesson), false))
                .containsExactly(new LensScore(Lens.SOURCE, 1, 1));
        assertThatThrownBy(() -> new LensScore(Lens.QUOTE, 3, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
