package org.closeread.lesson;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The plan of a stored lesson, read from the {@code lesson.yaml} stored with it (the file is the one
 * record of paths, glossary and guide; nothing else needs to be kept in step with it). Read once per
 * content hash.
 */
final class LessonPlans {

    private static final int MAX_CACHED = 256;
    private static final Map<String, LessonPlan> CACHE = new ConcurrentHashMap<>();

    private LessonPlans() {
    }

    static LessonPlan of(String contentHash, String lessonYaml) {
        if (lessonYaml == null || lessonYaml.isBlank()) {
            return LessonPlan.NONE;
        }
        String key = contentHash != null ? contentHash : LessonFileReader.hash("", lessonYaml);
        LessonPlan cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        Optional<YamlMap> root = YamlMap.parse(lessonYaml, new Problems(LessonFileReader.LESSON_FILE));
        LessonPlan plan = root.map(LessonPlanReader::read).orElse(LessonPlan.NONE);
        if (CACHE.size() >= MAX_CACHED) {
            CACHE.clear();
        }
        CACHE.put(key, plan);
        return plan;
    }
}
