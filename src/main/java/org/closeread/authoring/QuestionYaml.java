package org.closeread.authoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.closeread.lesson.YamlMap;
import org.closeread.quiz.QuestionType;

/** A question to and from its mapping in {@code lesson.yaml}: the common fields, then its type's. */
final class QuestionYaml {

    private QuestionYaml() {
    }

    static Map<String, Object> write(DraftQuestion q) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", q.id());
        map.put("type", q.type().id());
        map.put("prompt", q.prompt());
        LessonFileWriter.putText(map, "review", q.review());
        map.put("explanation", q.explanation());
        switch (q.type()) {
            case SINGLE, MULTIPLE -> map.put("options", q.options().stream().map(QuestionYaml::option).toList());
            case TRUE_FALSE -> {
                map.put("answer", q.answer());
                LessonFileWriter.putText(map, "feedbackTrue", q.feedbackTrue());
                LessonFileWriter.putText(map, "feedbackFalse", q.feedbackFalse());
            }
            case HIGHLIGHT -> {
                map.put("blocks", q.blocks());
                map.put("targets", q.targets().stream().map(QuestionYaml::target).toList());
            }
            case MATCH -> {
                map.put("pairs", q.pairs().stream().map(p -> {
                    Map<String, Object> pair = new LinkedHashMap<>();
                    pair.put("left", p.left());
                    pair.put("right", p.right());
                    return pair;
                }).toList());
                LessonFileWriter.putList(map, "distractors", q.distractors());
            }
            case ORDER -> map.put("items", q.items());
            case WRITTEN -> {
                map.put("modelAnswer", q.modelAnswer());
                LessonFileWriter.putList(map, "rubric", q.rubric());
            }
        }
        return map;
    }

    private static Map<String, Object> option(DraftOption option) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("text", option.text());
        if (option.correct()) {
            map.put("correct", true);
        }
        LessonFileWriter.putText(map, "feedback", option.feedback());
        return map;
    }

    private static Map<String, Object> target(DraftTarget target) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("text", target.text());
        if (target.occurrence() > 0) {
            map.put("occurrence", target.occurrence());
        }
        LessonFileWriter.putList(map, "alternatives", target.alternatives());
        return map;
    }

    /** Reads a question leniently: what is missing or wrong stays empty (the file reader reports it). */
    static Optional<DraftQuestion> read(YamlMap map) {
        Optional<QuestionType> type = map.string("type").flatMap(QuestionType::fromId);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        List<DraftOption> options = map.maps("options").stream().map(o -> new DraftOption(o.string("text").orElse(""),
                o.bool("correct").orElse(false), o.string("feedback").orElse(""))).toList();
        List<DraftTarget> targets = map.maps("targets").stream().map(t -> new DraftTarget(t.string("text").orElse(""),
                t.integer("occurrence").orElse(0), t.strings("alternatives"))).toList();
        List<DraftPair> pairs = map.maps("pairs").stream()
                .map(p -> new DraftPair(p.string("left").orElse(""), p.string("right").orElse(""))).toList();
        return Optional.of(new DraftQuestion(map.string("id").orElse(""), type.get(), map.string("prompt").orElse(""),
                map.string("explanation").orElse(""), map.string("review").orElse(""), options,
                map.bool("answer").orElse(false), map.string("feedbackTrue").orElse(""),
                map.string("feedbackFalse").orElse(""), map.strings("blocks"), targets, pairs,
                map.strings("distractors"), map.strings("items"), map.string("modelAnswer").orElse(""),
                map.strings("rubric")));
    }
}
