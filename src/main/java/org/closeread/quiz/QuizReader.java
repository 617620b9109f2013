package org.closeread.quiz;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.closeread.article.Article;
import org.closeread.lesson.Lesson;
import org.closeread.lesson.LessonFile;
import org.closeread.lesson.LessonFileException;
import org.closeread.lesson.LessonFileReader;
import org.closeread.lesson.LessonPart;
import org.closeread.lesson.YamlMap;

/**
 * Reads a lesson file's {@code quiz:} and every step's {@code exercises:}, and hands the questions to
 * the store it was given once the whole folder has loaded without a problem. Keeps nothing itself.
 */
public final class QuizReader implements LessonPart {

    /** The pass mark of a quiz that gives none, in percent. */
    public static final int DEFAULT_PASS_MARK = 70;
    private static final Set<String> QUIZ_KEYS = Set.of("title", "passMark", "feedback", "questions");

    private final Consumer<LessonQuizzes> store;

    public QuizReader(Consumer<LessonQuizzes> store) {
        this.store = store;
    }

    @Override
    public Set<String> lessonKeys() {
        return Set.of("quiz");
    }

    @Override
    public Set<String> stepKeys() {
        return Set.of("exercises");
    }

    @Override
    public Runnable read(YamlMap root, List<YamlMap> steps, Article article, Lesson lesson) {
        LessonQuizzes quizzes = parse(root, steps, article, lesson);
        return () -> store.accept(quizzes);
    }

    /** Reads the questions without storing them; problems are added to {@code root.problems()}. */
    public static LessonQuizzes parse(YamlMap root, List<YamlMap> steps, Article article, Lesson lesson) {
        QuestionReader questions = new QuestionReader(article, lesson);
        Map<String, List<Question>> exercises = new LinkedHashMap<>();
        for (YamlMap step : steps) {
            Optional<String> stepId = step.string("id").filter(id -> lesson.stepIndex(id) >= 0);
            List<Question> read = step.maps("exercises").stream().map(q -> questions.read(q, stepId))
                    .flatMap(Optional::stream).toList();
            stepId.ifPresent(id -> exercises.put(id, read));
        }
        Optional<Quiz> quiz = root.map("quiz").flatMap(map -> quiz(map, questions));
        return new LessonQuizzes(lesson.slug(), quiz, exercises);
    }

    /** Reads a lesson folder's text and returns its questions, or every problem that stops it loading. */
    public static QuizReading readLesson(String folder, String articleText, String lessonYaml) {
        AtomicReference<LessonQuizzes> read = new AtomicReference<>();
        try {
            LessonFile file = new LessonFileReader(List.of(new QuizReader(read::set)))
                    .read(folder, articleText, lessonYaml);
            file.parts().forEach(Runnable::run);
            return new QuizReading(Optional.ofNullable(read.get()), List.of());
        } catch (LessonFileException e) {
            return new QuizReading(Optional.empty(), e.problems());
        }
    }

    private static Optional<Quiz> quiz(YamlMap map, QuestionReader reader) {
        map.allowOnly(QUIZ_KEYS, "quiz");
        String title = map.required("title", "quiz");
        map.limit("title", Quiz.TITLE_MAX_LENGTH);
        int passMark = map.integer("passMark").orElse(DEFAULT_PASS_MARK);
        if (passMark < 0 || passMark > 100) {
            map.problems().add(map.line("passMark"), "problem.quiz.passmark-percentage-from-0", passMark);
        }
        Optional<FeedbackTiming> timing = map.string("feedback").map(FeedbackTiming::fromId)
                .orElse(Optional.of(FeedbackTiming.AFTER_EACH));
        if (timing.isEmpty()) {
            map.problems().add(map.line("feedback"), "problem.quiz.quiz-feedback-after-each", map.string("feedback").orElse(""));
        }
        List<YamlMap> maps = map.maps("questions");
        if (maps.isEmpty()) {
            map.problems().add(map.line("questions"), "problem.quiz.quiz-questions");
        }
        List<Question> questions = maps.stream().map(q -> reader.read(q, Optional.empty()))
                .flatMap(Optional::stream).toList();
        if (title.isEmpty() || passMark < 0 || passMark > 100 || timing.isEmpty() || questions.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Quiz(title, passMark, timing.get(), questions));
    }
}
