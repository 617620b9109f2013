package org.closeread.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.closeread.CourseLessons;
import org.closeread.article.Lens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** One student's progress and scores per lens over two lessons, from stored answers. */
@SpringBootTest(properties = CourseLessons.PROPERTY)
class SkillsAcrossLessonsTest {

    @Autowired
    QuizService quizzes;

    private void takeWithKeys(Participant student, String slug) {
        Quiz quiz = quizzes.quizWithKeys(slug).orElseThrow();
        AttemptView attempt = quizzes.start(student, slug, "quiz").orElseThrow();
        for (Question question : quiz.questions()) {
            quizzes.answer(student, attempt.id(), question.id(), KeyAnswers.of(question));
        }
        quizzes.finish(student, attempt.id());
    }

    @Test
    void the_score_per_lens_adds_up_the_lessons_whose_quiz_is_finished() {
        Participant student = quizzes.newParticipant(null);
        takeWithKeys(student, CourseLessons.FIRST);
        CourseLessons.takeSecondQuiz(quizzes, student, CourseLessons.SECOND, false);

        SkillReport report = quizzes.skills(student);

        assertThat(report.lessons()).extracting(LessonSkills::lessonSlug)
                .containsExactly(CourseLessons.FIRST, CourseLessons.SECOND);
        LessonSkills second = report.lesson(CourseLessons.SECOND).orElseThrow();
        assertThat(second.percent()).isEqualTo(75);
        // q-general reviews no step: it is in the quiz score, in no lens.
        assertThat(second.lenses()).containsExactly(new LensScore(Lens.QUOTE, 1, 2), new LensScore(Lens.SOURCE, 1, 1));
        LessonSkills first = report.lesson(CourseLessons.FIRST).orElseThrow();
        assertThat(first.lenses()).extracting(LensScore::lens).contains(Lens.QUOTE, Lens.SOURCE, Lens.ANATOMY);
        LensScore firstQuotes = LensScores.on(Lens.QUOTE, first.lenses()).orElseThrow();
        assertThat(LensScores.on(Lens.QUOTE, report.overall())).contains(new LensScore(Lens.QUOTE,
                firstQuotes.points() + 1, firstQuotes.questions() + 2));
        assertThat(firstQuotes.percent()).isEqualTo(100);
    }

    @Test
    void progress_is_per_lesson_and_an_unfinished_quiz_is_reading_and_not_in_the_skills() {
        Participant student = quizzes.newParticipant(null);
        AttemptView open = quizzes.start(student, CourseLessons.SECOND, "quiz").orElseThrow();
        quizzes.answer(student, open.id(), "q-relay", new TrueFalseAnswer(true));

        assertThat(quizzes.progress(student)).isEqualTo(Map.of(CourseLessons.SECOND, LessonProgress.READING));
        assertThat(quizzes.skills(student).isEmpty()).isTrue();

        quizzes.finish(student, open.id());
        // Taking it again starts a new attempt: the finished one still counts.
        quizzes.start(student, CourseLessons.SECOND, "quiz");
        assertThat(quizzes.progress(student).get(CourseLessons.SECOND)).isEqualTo(LessonProgress.quizDone(25));
        assertThat(quizzes.skills(student).lessons()).hasSize(1);
    }

    @Test
    void for_teachers_the_latest_attempt_counts_and_a_quiz_going_on_counts_its_answered_questions() {
        Participant done = quizzes.newParticipant("Ada");
        Participant going = quizzes.newParticipant("Bo");
        Participant none = quizzes.newParticipant("Cy");
        CourseLessons.takeSecondQuiz(quizzes, done, CourseLessons.SECOND, true);
        AttemptView open = quizzes.start(going, CourseLessons.SECOND, "quiz").orElseThrow();
        quizzes.answer(going, open.id(), "q-relay", new TrueFalseAnswer(false));

        Map<Long, SkillReport> reports = quizzes.skills(List.of(done.id(), going.id(), none.id()),
                List.of(CourseLessons.FIRST, CourseLessons.SECOND));

        assertThat(reports.get(done.id()).overall()).containsExactly(new LensScore(Lens.QUOTE, 2, 2),
                new LensScore(Lens.SOURCE, 1, 1));
        assertThat(reports.get(going.id()).lessons()).singleElement()
                .satisfies(l -> assertThat(l.finished()).isFalse());
        assertThat(reports.get(going.id()).overall()).containsExactly(new LensScore(Lens.QUOTE, 0, 1));
        assertThat(reports.get(none.id()).isEmpty()).isTrue();
    }
}
