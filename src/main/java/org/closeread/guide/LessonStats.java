package org.closeread.guide;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.closeread.article.Annotation;
import org.closeread.article.Lens;
import org.closeread.lesson.Lesson;
import org.closeread.lesson.LessonMinutes;
import org.closeread.lesson.LessonPath;
import org.closeread.lesson.LessonPlan;
import org.closeread.quiz.Question;
import org.closeread.quiz.QuestionType;
import org.closeread.quiz.Quiz;

/**
 * The counts of one lesson, computed from its files the same way for every lesson: annotations per
 * lens, items per type, discernment and transfer items, and the words and minutes of each path.
 */
public record LessonStats(String slug, String title, int minutes, Map<Lens, Integer> annotationsByLens,
                          Map<QuestionType, Integer> exercisesByType, Map<QuestionType, Integer> quizByType,
                          int coreQuiz, int fullQuiz, int coreDiscernment, int fullDiscernment, int transfer,
                          LessonMinutes.PathTime core, LessonMinutes.PathTime full) {

    public static LessonStats of(ReadLesson read) {
        Lesson lesson = read.lesson();
        LessonPlan plan = lesson.plan();
        Map<Lens, Integer> lenses = new EnumMap<>(Lens.class);
        for (Annotation annotation : read.article().annotations()) {
            lenses.merge(annotation.lens(), 1, Integer::sum);
        }
        Map<QuestionType, Integer> exercises = new EnumMap<>(QuestionType.class);
        read.quizzes().exercises().values().forEach(list -> list.forEach(q -> exercises.merge(q.type(), 1, Integer::sum)));
        Map<QuestionType, Integer> quiz = new EnumMap<>(QuestionType.class);
        List<Question> questions = read.quizzes().quiz().map(Quiz::questions).orElse(List.of());
        questions.forEach(q -> quiz.merge(q.type(), 1, Integer::sum));
        List<Question> core = questions.stream().filter(q -> plan.questionOn(q.id(), LessonPath.CORE)).toList();
        return new LessonStats(lesson.slug(), lesson.title(), lesson.minutes(), lenses, exercises, quiz, core.size(),
                questions.size(), (int) core.stream().filter(q -> plan.discernment().contains(q.id())).count(),
                (int) questions.stream().filter(q -> plan.discernment().contains(q.id())).count(),
                (int) questions.stream().filter(q -> plan.transfer().contains(q.id())).count(),
                LessonMinutes.of(lesson, read.article(), LessonPath.CORE),
                LessonMinutes.of(lesson, read.article(), LessonPath.FULL));
    }

    /** What the path rules of {@code docs/lesson-format.md} find wrong with this lesson; empty when none. */
    public List<String> ruleProblems() {
        List<String> problems = new ArrayList<>();
        if (core.roundedMinutes() > minutes) {
            problems.add(slug + ": the core path takes " + core.roundedMinutes() + " minutes, more than its "
                    + minutes + " (minutes:)");
        }
        if (coreQuiz < 10 || coreQuiz > 14) {
            problems.add(slug + ": the core quiz has " + coreQuiz + " items; about 12 (10 to 14) fit a period");
        }
        if (coreDiscernment * 3 < coreQuiz) {
            problems.add(slug + ": " + coreDiscernment + " of " + coreQuiz + " core quiz items are discernment"
                    + " items; at least a third must be");
        }
        if (fullDiscernment * 3 < fullQuiz) {
            problems.add(slug + ": " + fullDiscernment + " of " + fullQuiz + " full quiz items are discernment"
                    + " items; at least a third must be");
        }
        if (transfer < 4) {
            problems.add(slug + ": " + transfer + " quiz items are transfer items; at least four must be");
        }
        return problems;
    }

    /** The lesson's section of {@code docs/lessons.md}. */
    public String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("## ").append(title).append(" (`").append(slug).append("`)\n\n");
        md.append("| | core path | full path |\n| --- | --- | --- |\n");
        md.append("| steps | ").append(core.steps().size()).append(" | ").append(full.steps().size()).append(" |\n");
        md.append("| words read (article ").append(core.articleWords()).append(") | ").append(core.words())
                .append(" | ").append(full.words()).append(" |\n");
        md.append("| practice exercises | ").append(core.exercises()).append(" | ").append(full.exercises())
                .append(" |\n");
        md.append("| quiz items | ").append(coreQuiz).append(" | ").append(fullQuiz).append(" |\n");
        md.append("| discernment items in the quiz | ").append(coreDiscernment).append(" | ").append(fullDiscernment)
                .append(" |\n");
        md.append("| minutes (estimated) | ").append(core.roundedMinutes()).append(" | ").append(full.roundedMinutes())
                .append(" |\n\n");
        md.append("Class time given in the file: ").append(minutes).append(" minutes. Transfer items in the quiz: ")
                .append(transfer).append(".\n\n");
        md.append("Annotations per lens: ").append(counts(annotationsByLens)).append(".\n\n");
        md.append("Practice exercises per type: ").append(counts(exercisesByType)).append(".\n\n");
        md.append("Quiz items per type: ").append(counts(quizByType)).append(".\n\n");
        md.append("Minutes per step (core / full):\n\n");
        for (LessonMinutes.StepTime step : full.steps()) {
            String coreMinutes = core.steps().stream().filter(s -> s.stepId().equals(step.stepId())).findFirst()
                    .map(s -> String.valueOf(s.roundedMinutes())).orElse("–");
            md.append("- ").append(step.title()).append(": ").append(coreMinutes).append(" / ")
                    .append(step.roundedMinutes()).append("\n");
        }
        return md.toString();
    }

    private static String counts(Map<? extends Enum<?>, Integer> counts) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        List<String> parts = new ArrayList<>();
        counts.forEach((key, count) -> parts.add(key.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + count));
        return total + (parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")");
    }

    /** The whole of {@code docs/lessons.md} for these lessons. */
    public static String document(List<LessonStats> lessons) {
        StringBuilder md = new StringBuilder("# The lessons in numbers\n\n");
        md.append("Generated from the files in `lessons/` by `LessonStatsDocTest`; do not edit by hand. Rewrite it with\n")
                .append("`./mvnw test -Dtest=LessonStatsDocTest -Dcloseread.docs.write=true`. Minutes are estimated as each\n")
                .append("lesson's `timing:` says (see `docs/lesson-format.md`).\n\n");
        lessons.forEach(stats -> md.append(stats.markdown()).append("\n"));
        return md.toString().stripTrailing() + "\n";
    }
}
