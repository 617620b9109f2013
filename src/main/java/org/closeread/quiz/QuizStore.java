package org.closeread.quiz;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.closeread.article.Article;
import org.closeread.lesson.Lesson;
import org.closeread.lesson.LessonPath;
import org.closeread.lesson.LessonPlan;
import org.closeread.lesson.LessonPart;
import org.closeread.lesson.LessonService;
import org.closeread.lesson.PublishedLesson;
import org.closeread.lesson.YamlMap;
import org.springframework.stereotype.Component;

/**
 * Reads the quiz and exercises of each lesson file (as a {@link LessonPart}) and stores them as new
 * versions when their content changed; older versions stay for the attempts made on them.
 */
@Component
class QuizStore implements LessonPart {

    static final String PRACTICE_TITLE = "Practice";

    private final QuizRepository quizzes;
    private final LessonService lessons;
    private final QuizReader reader = new QuizReader(this::store);

    QuizStore(QuizRepository quizzes, LessonService lessons) {
        this.quizzes = quizzes;
        this.lessons = lessons;
    }

    @Override
    public java.util.Set<String> lessonKeys() {
        return reader.lessonKeys();
    }

    @Override
    public java.util.Set<String> stepKeys() {
        return reader.stepKeys();
    }

    @Override
    public Runnable read(YamlMap root, List<YamlMap> steps, Article article, Lesson lesson) {
        LessonQuizzes read = QuizReader.parse(root, steps, article, lesson);
        return () -> store(read, lesson.plan());
    }

    /** Runs inside the lesson loader's transaction. */
    void store(LessonQuizzes read) {
        store(read, LessonPlan.NONE);
    }

    /** Stores the quiz and exercises; where the core path asks fewer questions, its own version too. */
    void store(LessonQuizzes read, LessonPlan plan) {
        read.quiz().ifPresent(quiz -> {
            storeVersion(read.lessonSlug(), QuizEntity.FINAL_QUIZ, quiz);
            String coreKey = QuizKeys.quiz(plan, LessonPath.CORE);
            List<Question> core = quiz.questions().stream()
                    .filter(q -> plan.questionOn(q.id(), LessonPath.CORE)).toList();
            if (!coreKey.equals(QuizEntity.FINAL_QUIZ) && !core.isEmpty()) {
                storeVersion(read.lessonSlug(), coreKey, new Quiz(quiz.title(), quiz.passMark(), quiz.feedback(), core));
            }
        });
        for (Map.Entry<String, List<Question>> step : read.exercises().entrySet()) {
            if (!step.getValue().isEmpty()) {
                storeVersion(read.lessonSlug(), QuizEntity.STEP_PREFIX + step.getKey(),
                        new Quiz(PRACTICE_TITLE, 0, FeedbackTiming.AFTER_EACH, step.getValue()));
                String coreKey = QuizKeys.step(plan, step.getKey(), LessonPath.CORE);
                List<Question> core = step.getValue().stream()
                        .filter(q -> plan.questionOn(q.id(), LessonPath.CORE)).toList();
                if (!coreKey.equals(QuizEntity.STEP_PREFIX + step.getKey()) && !core.isEmpty()) {
                    storeVersion(read.lessonSlug(), coreKey,
                            new Quiz(PRACTICE_TITLE, 0, FeedbackTiming.AFTER_EACH, core));
                }
            }
        }
    }

    private void storeVersion(String lessonSlug, String key, Quiz quiz) {
        List<String> definitions = quiz.questions().stream().map(QuestionCodec::write).toList();
        String hash = hash(quiz.title() + "\n" + quiz.passMark() + "\n" + quiz.feedback() + "\n"
                + String.join("\n", definitions));
        var current = quizzes.findByLessonSlugAndQuizKeyAndCurrentTrue(lessonSlug, key);
        if (current.isPresent() && current.get().contentHash.equals(hash)) {
            return;
        }
        current.ifPresent(old -> old.current = false);
        quizzes.flush();
        int version = quizzes.findFirstByLessonSlugAndQuizKeyOrderByVersionDesc(lessonSlug, key)
                .map(q -> q.version + 1).orElse(1);
        QuizEntity entity = new QuizEntity();
        entity.lessonSlug = lessonSlug;
        entity.quizKey = key;
        entity.version = version;
        entity.current = true;
        entity.title = quiz.title();
        entity.passMark = quiz.passMark();
        entity.feedback = quiz.feedback();
        entity.contentHash = hash;
        entity.createdAt = Instant.now();
        // The lesson is stored first, so it already names the article version these questions are on.
        entity.articleSlug = lessons.publication(lessonSlug).map(PublishedLesson::articleSlug).orElse(null);
        for (int i = 0; i < quiz.questions().size(); i++) {
            entity.questions.add(QuestionEntity.of(entity, i, quiz.questions().get(i)));
        }
        quizzes.save(entity);
    }

    private static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
