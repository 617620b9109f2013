package org.closeread.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.closeread.article.Annotation;
import org.closeread.article.Article;
import org.closeread.article.Block;

/**
 * How long a lesson takes on a path, estimated as its {@link Timing} says: the article read once, each
 * step's teaching text and the explanations it shows, at the stated pace; plus a fixed time for every
 * practice exercise and every quiz question on the path. Plain arithmetic, no rounding until shown.
 */
public final class LessonMinutes {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.,-]*");

    /** One step on a path: the words it asks to read, its exercises and its minutes. */
    public record StepTime(String stepId, String title, int words, int exercises, double minutes) {

        public int roundedMinutes() {
            return round(minutes);
        }
    }

    /** A whole path: the article, every step on it, the quiz, and the sum. */
    public record PathTime(LessonPath path, int articleWords, double articleMinutes, List<StepTime> steps,
                           int quizQuestions, double quizMinutes) {

        public PathTime {
            steps = List.copyOf(steps);
        }

        /** Words read on the path: the article once, and every step's text and explanations. */
        public int words() {
            return articleWords + steps.stream().mapToInt(StepTime::words).sum();
        }

        public int exercises() {
            return steps.stream().mapToInt(StepTime::exercises).sum();
        }

        public double minutes() {
            return articleMinutes + steps.stream().mapToDouble(StepTime::minutes).sum() + quizMinutes;
        }

        /** The minutes, rounded up to whole ones: what a lesson file's {@code minutes} must cover. */
        public int roundedMinutes() {
            return round(minutes());
        }
    }

    private LessonMinutes() {
    }

    public static PathTime of(Lesson lesson, Article article, LessonPath path) {
        LessonPlan plan = lesson.plan();
        Timing timing = plan.timingOrStandard();
        int articleWords = article.blocks().stream().filter(b -> b.kind().isArticle()).map(Block::text)
                .mapToInt(LessonMinutes::words).sum();
        List<StepTime> steps = new ArrayList<>();
        for (Step step : lesson.stepsOn(path)) {
            int words = words(step.text());
            for (String id : lesson.revealOn(step, path)) {
                words += article.annotation(id).map(Annotation::explanation).map(LessonMinutes::words).orElse(0);
            }
            int exercises = plan.exercisesOn(step.id(), path).size();
            steps.add(new StepTime(step.id(), step.title(), words, exercises,
                    words / timing.wordsPerMinute() + exercises * timing.perQuestion()));
        }
        int quiz = plan.quizOn(path).size();
        return new PathTime(path, articleWords, articleWords / timing.wordsPerMinute(), steps, quiz,
                quiz * timing.perQuestion());
    }

    /** Words of a text as a reader counts them (Markdown marks and lone punctuation are not words). */
    public static int words(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        int count = 0;
        var matcher = WORD.matcher(text);
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    /** Whole minutes, rounded up, but a sliver of floating-point error never adds a minute. */
    static int round(double minutes) {
        return (int) Math.ceil(minutes - 1e-9);
    }
}
