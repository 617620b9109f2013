package org.closeread.quiz;

import java.util.List;
import org.closeread.lesson.LessonPath;
import org.closeread.lesson.LessonPlan;

/**
 * Which stored quiz a path asks: the core path of a lesson whose quiz (or a step's exercises) has
 * extension questions asks a quiz of its own, stored beside the full one, so attempts on it are scored
 * over the core questions only.
 */
public final class QuizKeys {

    public static final String FINAL = QuizEntity.FINAL_QUIZ;
    public static final String CORE_SUFFIX = ":core";

    private QuizKeys() {
    }

    public static String quiz(LessonPlan plan, LessonPath path) {
        return path == LessonPath.CORE && hasExtension(plan, plan.quiz()) ? FINAL + CORE_SUFFIX : FINAL;
    }

    public static String step(LessonPlan plan, String stepId, LessonPath path) {
        String key = QuizEntity.STEP_PREFIX + stepId;
        return path == LessonPath.CORE && hasExtension(plan, plan.exercises().getOrDefault(stepId, List.of()))
                ? key + CORE_SUFFIX : key;
    }

    /** Whether a quiz key is a lesson's final quiz (either path), not a step's practice. */
    public static boolean isFinal(String key) {
        return FINAL.equals(key) || (FINAL + CORE_SUFFIX).equals(key);
    }

    private static boolean hasExtension(LessonPlan plan, List<String> ids) {
        return ids.stream().anyMatch(plan.extensionQuestions()::contains);
    }
}
