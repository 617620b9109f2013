package org.closeread.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.closeread.article.Lens;
import org.closeread.lesson.Lesson;
import org.closeread.lesson.LessonFile;
import org.closeread.lesson.LessonFileException;
import org.closeread.lesson.LessonFileReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The first real lesson's quiz and exercises load without a problem and show students no key. */
class RealLessonQuizTest {

    private static final String SLUG = "china-russia-defence-ministers";
    private static LessonFile file;
    private static LessonQuizzes quizzes;

    @BeforeAll
    static void read() throws IOException, LessonFileException {
        Path folder = Path.of("lessons", SLUG);
        AtomicReference<LessonQuizzes> stored = new AtomicReference<>();
        file = new LessonFileReader(List.of(new QuizReader(stored::set))).read(SLUG,
                Files.readString(folder.resolve(LessonFileReader.ARTICLE_FILE), StandardCharsets.UTF_8),
                Files.readString(folder.resolve(LessonFileReader.LESSON_FILE), StandardCharsets.UTF_8));
        file.parts().forEach(Runnable::run);
        quizzes = stored.get();
    }

    @Test
    void the_lesson_folder_loads_without_a_problem() {
        assertTrue(quizzes != null && quizzes.quiz().isPresent());
        assertEquals(SLUG, quizzes.lessonSlug());
    }

    @Test
    void the_quiz_has_at_least_twenty_questions_of_at_least_six_types() {
        Quiz quiz = quizzes.quiz().orElseThrow();
        assertTrue(quiz.questions().size() >= 20, "questions: " + quiz.questions().size());
        Set<QuestionType> types = quiz.questions().stream().map(Question::type).collect(Collectors.toSet());
        assertTrue(types.size() >= 6, "types: " + types);
        assertEquals(70, quiz.passMark());
        assertEquals(FeedbackTiming.AFTER_EACH, quiz.feedback());
    }

    @Test
    void every_step_has_its_exercises_read_and_reviews_itself() {
        for (var step : file.lesson().steps()) {
            List<Question> exercises = quizzes.exercises(step.id());
            assertFalse(exercises.isEmpty(), step.id());
            exercises.forEach(q -> assertEquals(step.id(), q.review().orElseThrow(), q.id()));
        }
    }

    @Test
    void every_lens_is_reviewed_by_some_quiz_question() {
        Lesson lesson = file.lesson();
        Set<Lens> covered = EnumSet.noneOf(Lens.class);
        for (Question question : quizzes.quiz().orElseThrow().questions()) {
            question.review().map(id -> lesson.steps().get(lesson.stepIndex(id)).lens()).ifPresent(covered::add);
        }
        assertEquals(EnumSet.allOf(Lens.class), covered);
    }

    @Test
    void no_prompt_view_gives_away_a_key_feedback_or_explanation() {
        for (Question question : quizzes.questions()) {
            PromptView view = question.promptView();
            String shown = String.join("\n", shownTexts(view));
            for (String secret : secrets(question)) {
                assertFalse(shown.contains(secret), question.id() + " shows \"" + secret + "\"");
            }
            if (question instanceof OrderQuestion order) {
                assertNotEquals(order.items(), view.items(), question.id() + " shows the right order");
            }
        }
    }

    @Test
    void a_prompt_view_has_no_place_for_a_key() {
        List<String> names = Arrays.stream(PromptView.class.getRecordComponents()).map(RecordComponent::getName)
                .toList();
        for (String name : names) {
            assertFalse(Set.of("correct", "answer", "key", "explanation", "feedback", "targets", "modelAnswer",
                    "rubric", "pairs", "score").contains(name), name);
        }
    }

    @Test
    void every_question_scores_full_marks_for_its_key() {
        for (Question question : quizzes.questions()) {
            Result best = question.score(KeyAnswers.of(question));
            assertTrue(best.correct(), question.id() + " scored " + best.score() + " " + best.feedback());
        }
    }

    private static List<String> shownTexts(PromptView view) {
        List<String> texts = new ArrayList<>(List.of(view.id(), view.prompt()));
        texts.addAll(view.options());
        texts.addAll(view.lefts());
        texts.addAll(view.rights());
        texts.addAll(view.items());
        return texts;
    }

    private static List<String> secrets(Question question) {
        List<String> secrets = new ArrayList<>(List.of(question.explanation()));
        if (question instanceof SingleChoiceQuestion single) {
            single.options().forEach(o -> secrets.add(o.feedback()));
        } else if (question instanceof MultipleChoiceQuestion multiple) {
            multiple.options().forEach(o -> secrets.add(o.feedback()));
        } else if (question instanceof TrueFalseQuestion trueFalse) {
            secrets.addAll(List.of(trueFalse.feedbackTrue(), trueFalse.feedbackFalse()));
        } else if (question instanceof WrittenQuestion written) {
            secrets.add(written.modelAnswer());
            secrets.addAll(written.rubric());
        }
        secrets.removeIf(String::isBlank);
        return secrets;
    }
}
