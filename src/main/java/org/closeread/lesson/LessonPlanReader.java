package org.closeread.lesson;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads what {@link LessonPlan} holds from a parsed {@code lesson.yaml}: the lesson-level
 * {@code timing}, {@code skills}, {@code glossary}, {@code discussion} and {@code guide}, and every
 * item's {@code path} and every question's {@code discernment} and {@code transfer}. Problems go to the
 * map's problems, each on its line; a lenient reader (for drafts) simply ignores them.
 */
public final class LessonPlanReader {

    /** The top-level keys this reader owns. */
    public static final Set<String> LESSON_KEYS = Set.of("timing", "skills", "glossary", "discussion", "guide");
    /** The key every annotation, step, exercise and quiz question may have. */
    public static final String PATH = "path";
    /** The keys a question (quiz or exercise) may have beside its own. */
    public static final Set<String> QUESTION_KEYS = Set.of(PATH, "discernment", "transfer");
    private static final Set<String> TIMING_KEYS = Set.of("wordsPerMinute", "perQuestion", "note");
    private static final Set<String> TERM_KEYS = Set.of("term", "forms", "definition");
    private static final Set<String> GUIDE_KEYS = Set.of("support", "stretch", "note");
    public static final int TERM_MAX_LENGTH = 200;
    public static final int DEFINITION_MAX_LENGTH = 1000;

    private LessonPlanReader() {
    }

    public static LessonPlan read(YamlMap root) {
        Set<String> extensionAnnotations = new HashSet<>();
        for (YamlMap map : root.maps("annotations")) {
            if (extension(map)) {
                map.string("id").ifPresent(extensionAnnotations::add);
            }
        }
        Set<String> extensionSteps = new HashSet<>();
        Set<String> extensionQuestions = new HashSet<>();
        Set<String> discernment = new HashSet<>();
        Set<String> transfer = new HashSet<>();
        Map<String, List<String>> exercises = new LinkedHashMap<>();
        for (YamlMap step : root.maps("steps")) {
            String stepId = step.string("id").orElse("");
            if (extension(step)) {
                extensionSteps.add(stepId);
            }
            List<String> ids = new ArrayList<>();
            for (YamlMap question : step.maps("exercises")) {
                question(question, ids, extensionQuestions, discernment, transfer);
            }
            exercises.put(stepId, ids);
        }
        List<String> quiz = new ArrayList<>();
        root.map("quiz").ifPresent(map -> map.maps("questions")
                .forEach(question -> question(question, quiz, extensionQuestions, discernment, transfer)));
        Optional<Timing> timing = root.map("timing").flatMap(LessonPlanReader::timing);
        if (timing.isEmpty() && !root.has("timing")
                && !(extensionAnnotations.isEmpty() && extensionSteps.isEmpty() && extensionQuestions.isEmpty())) {
            root.problems().add(root.line(), "problem.plan.lesson-marks-items-path");
        }
        GuideNotes guide = root.map("guide").map(map -> {
            map.allowOnly(GUIDE_KEYS, "guide");
            return new GuideNotes(map.strings("support"), map.strings("stretch"), map.string("note").orElse(""));
        }).orElse(GuideNotes.NONE);
        return new LessonPlan(timing, root.strings("skills"), glossary(root), root.strings("discussion"), guide,
                extensionAnnotations, extensionSteps, extensionQuestions, discernment, transfer, exercises, quiz);
    }

    private static void question(YamlMap map, List<String> ids, Set<String> extension, Set<String> discernment,
                                 Set<String> transfer) {
        Optional<String> id = map.string("id");
        id.ifPresent(ids::add);
        boolean isExtension = extension(map);
        boolean isDiscernment = map.bool("discernment").orElse(false);
        boolean isTransfer = map.bool("transfer").orElse(false);
        id.ifPresent(i -> {
            if (isExtension) {
                extension.add(i);
            }
            if (isDiscernment) {
                discernment.add(i);
            }
            if (isTransfer) {
                transfer.add(i);
            }
        });
    }

    /** Whether the item says {@code path: extension}; anything but core or extension is a problem. */
    private static boolean extension(YamlMap map) {
        Optional<String> path = map.string(PATH);
        if (path.isEmpty()) {
            return false;
        }
        return switch (path.get().toLowerCase(Locale.ROOT)) {
            case "core" -> false;
            case "extension" -> true;
            default -> {
                map.problems().add(map.line(PATH), "problem.plan.path-core-extension", path.get());
                yield false;
            }
        };
    }

    private static Optional<Timing> timing(YamlMap map) {
        map.allowOnly(TIMING_KEYS, "timing");
        Optional<Double> pace = number(map, "wordsPerMinute");
        Optional<Double> perQuestion = number(map, "perQuestion");
        if (pace.isEmpty()) {
            map.problems().add(map.line(), "problem.plan.timing-wordsperminute-reading-pace");
        }
        if (pace.isPresent() && pace.get() <= 0) {
            map.problems().add(map.line("wordsPerMinute"), "problem.plan.wordsperminute-more-than-0");
            return Optional.empty();
        }
        if (perQuestion.isPresent() && perQuestion.get() < 0) {
            map.problems().add(map.line("perQuestion"), "problem.plan.perquestion-0-more");
            return Optional.empty();
        }
        return pace.map(p -> new Timing(p, perQuestion.orElse(Timing.DEFAULT_PER_QUESTION),
                map.string("note").orElse("")));
    }

    private static Optional<Double> number(YamlMap map, String key) {
        return map.string(key).flatMap(text -> {
            try {
                return Optional.of(Double.parseDouble(text));
            } catch (NumberFormatException e) {
                map.problems().add(map.line(key), "problem.plan.number", key, text);
                return Optional.empty();
            }
        });
    }

    private static List<GlossaryTerm> glossary(YamlMap root) {
        List<GlossaryTerm> terms = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YamlMap map : root.maps("glossary")) {
            map.allowOnly(TERM_KEYS, "a glossary term");
            String term = map.required("term", "a glossary term");
            String definition = map.required("definition", "glossary term " + term);
            map.limit("term", TERM_MAX_LENGTH);
            map.limit("definition", DEFINITION_MAX_LENGTH);
            if (!term.isEmpty() && !seen.add(term.toLowerCase(Locale.ROOT))) {
                map.problems().add(map.line("term"), "problem.plan.glossary-term-defined-twice", term);
                continue;
            }
            if (!term.isEmpty() && !definition.isEmpty()) {
                terms.add(new GlossaryTerm(term, map.strings("forms"), definition));
            }
        }
        return terms;
    }
}
