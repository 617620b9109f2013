package org.closeread.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.closeread.article.Article;
import org.closeread.lesson.GlossaryTerm;
import org.closeread.lesson.GuideNotes;
import org.closeread.lesson.Lesson;
import org.closeread.lesson.LessonMinutes;
import org.closeread.lesson.LessonPath;
import org.closeread.lesson.LessonPlan;
import org.closeread.lesson.Step;
import org.closeread.lesson.Timing;
import org.closeread.quiz.HighlightQuestion;
import org.closeread.quiz.MatchQuestion;
import org.closeread.quiz.MultipleChoiceQuestion;
import org.closeread.quiz.Option;
import org.closeread.quiz.OrderQuestion;
import org.closeread.quiz.Question;
import org.closeread.quiz.SingleChoiceQuestion;
import org.closeread.quiz.TrueFalseQuestion;
import org.closeread.quiz.WrittenQuestion;

/**
 * A lesson's teacher's guide, generated from its files: objectives, the two paths with minutes per step
 * and how they were estimated, the answer key with every question's explanation, discussion prompts,
 * differentiation and the note. Rendered as a page ({@link GuideHtml}) and a PDF ({@link GuidePdf}).
 */
public record TeacherGuide(String slug, String title, String articleTitle, String outlet, String date,
                           List<String> objectives, List<String> skills, boolean twoPaths, int minutes,
                           Timing timing, LessonMinutes.PathTime core, LessonMinutes.PathTime full,
                           List<StepRow> steps, List<Key> quiz, List<Key> exercises, List<String> discussion,
                           GuideNotes notes, List<GlossaryTerm> glossary) {

    /** A step with its minutes on each path; {@code coreMinutes} empty for an extension step. */
    public record StepRow(String title, String lens, Optional<Integer> coreMinutes, int fullMinutes, int exercises) {
    }

    /** One question of the answer key. */
    public record Key(String id, String where, String type, String prompt, List<String> answer, String explanation,
                      boolean extension, boolean discernment, boolean transfer) {
    }

    public static TeacherGuide of(ReadLesson read) {
        Lesson lesson = read.lesson();
        Article article = read.article();
        LessonPlan plan = lesson.plan();
        LessonMinutes.PathTime core = LessonMinutes.of(lesson, article, LessonPath.CORE);
        LessonMinutes.PathTime full = LessonMinutes.of(lesson, article, LessonPath.FULL);
        List<StepRow> steps = new ArrayList<>();
        for (Step step : lesson.steps()) {
            Optional<Integer> coreMinutes = core.steps().stream().filter(s -> s.stepId().equals(step.id())).findFirst()
                    .map(LessonMinutes.StepTime::roundedMinutes);
            LessonMinutes.StepTime fullTime = full.steps().stream().filter(s -> s.stepId().equals(step.id()))
                    .findFirst().orElseThrow();
            steps.add(new StepRow(step.title(), step.lens().label(), coreMinutes, fullTime.roundedMinutes(),
                    fullTime.exercises()));
        }
        List<Key> quiz = read.quizzes().quiz().map(q -> q.questions().stream()
                .map(question -> key(question, "", article, plan)).toList()).orElse(List.of());
        List<Key> exercises = new ArrayList<>();
        for (Step step : lesson.steps()) {
            read.quizzes().exercises(step.id()).forEach(question -> exercises.add(key(question, step.title(), article,
                    plan.extensionSteps().contains(step.id()) ? withExtension(plan, question.id()) : plan)));
        }
        return new TeacherGuide(lesson.slug(), lesson.title(), article.title(), article.outlet(),
                article.date() == null ? "" : article.date().toString(), lesson.objectives(), plan.skills(),
                plan.hasPaths(), lesson.minutes(), plan.timingOrStandard(), core, full, steps, quiz, exercises,
                plan.discussion(), plan.guide(), plan.glossary());
    }

    private static LessonPlan withExtension(LessonPlan plan, String questionId) {
        java.util.Set<String> more = new java.util.HashSet<>(plan.extensionQuestions());
        more.add(questionId);
        return new LessonPlan(plan.timing(), plan.skills(), plan.glossary(), plan.discussion(), plan.guide(),
                plan.extensionAnnotations(), plan.extensionSteps(), more, plan.discernment(), plan.transfer(),
                plan.exercises(), plan.quiz());
    }

    private static Key key(Question question, String where, Article article, LessonPlan plan) {
        return new Key(question.id(), where, question.type().id(), question.prompt(), answer(question, article),
                question.explanation(), plan.extensionQuestions().contains(question.id()),
                plan.discernment().contains(question.id()), plan.transfer().contains(question.id()));
    }

    /** The right answer in words: the options to choose, true or false, the words to mark, the pairs, the order. */
    static List<String> answer(Question question, Article article) {
        return switch (question) {
            case SingleChoiceQuestion q -> correct(q.options());
            case MultipleChoiceQuestion q -> correct(q.options());
            case TrueFalseQuestion q -> List.of(q.answer() ? TRUE : FALSE);
            case HighlightQuestion q -> q.targets().stream().map(t -> "“" + article.text(t.span()) + "”").toList();
            case MatchQuestion q -> q.pairs().stream().map(p -> p.left() + " → " + p.right()).toList();
            case OrderQuestion q -> q.items();
            case WrittenQuestion q -> {
                List<String> lines = new ArrayList<>();
                lines.add(q.modelAnswer());
                q.rubric().forEach(r -> lines.add("✓ " + r));
                yield lines;
            }
        };
    }

    /** The answer of a true/false question, which a renderer puts in words. */
    public static final String TRUE = "true";
    public static final String FALSE = "false";

    private static List<String> correct(List<Option> options) {
        return options.stream().filter(Option::correct).map(Option::text).toList();
    }
}
