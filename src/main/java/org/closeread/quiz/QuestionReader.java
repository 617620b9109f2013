package org.closeread.quiz;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.closeread.article.Article;
import org.closeread.lesson.Lesson;
import org.closeread.lesson.LessonFileReader;
import org.closeread.lesson.Step;
import org.closeread.lesson.YamlMap;

/**
 * Reads the questions of one lesson file, whatever their type, each problem on its line. Remembers the
 * ids it has read, since an id must be unique across the quiz and every step's exercises.
 */
final class QuestionReader {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Set<String> COMMON_KEYS = Set.of("id", "type", "prompt", "review", "explanation", "path",
            "discernment", "transfer");

    private final Article article;
    private final Lesson lesson;
    private final Map<String, Integer> idLines = new HashMap<>();

    QuestionReader(Article article, Lesson lesson) {
        this.article = article;
        this.lesson = lesson;
    }

    /**
     * The question, if it has no problem. {@code step} is the step whose exercise it is: what to review
     * unless the question names another step.
     */
    Optional<Question> read(YamlMap map, Optional<String> step) {
        int problemsBefore = map.problems().list().size();
        String id = id(map);
        String where = id.isEmpty() ? "a question" : "question " + id;
        String prompt = map.required("prompt", where);
        String explanation = map.required("explanation", where);
        map.limit("id", LessonFileReader.ID_MAX_LENGTH);
        Optional<String> review = review(map, where).or(() -> step);
        Optional<Function<Stem, Question>> body = body(map, where);
        if (map.problems().list().size() > problemsBefore || body.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(body.get().apply(new Stem(id, prompt, explanation, review)));
    }

    private String id(YamlMap map) {
        String id = map.required("id", "a question");
        if (!id.isEmpty() && !ID.matcher(id).matches()) {
            map.problems().add(map.line("id"), "problem.question.question-id-may-use", id);
        } else if (!id.isEmpty() && idLines.containsKey(id)) {
            map.problems().add(map.line("id"), "problem.question.question-id-used-twice", id, idLines.get(id));
        } else if (!id.isEmpty()) {
            idLines.put(id, map.line("id"));
        }
        return id;
    }

    private Optional<String> review(YamlMap map, String where) {
        Optional<String> review = map.string("review").filter(r -> !r.isEmpty());
        if (review.isPresent() && lesson.stepIndex(review.get()) < 0) {
            map.problems().add(map.line("review"), "problem.question.review-names-step-steps", where, review.get(),
                    String.join(", ", lesson.steps().stream().map(Step::id).toList()));
        }
        return review;
    }

    /** What makes the question once its stem is known; reading it adds the problems of its type's fields. */
    private Optional<Function<Stem, Question>> body(YamlMap map, String where) {
        String name = map.required("type", where);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Optional<QuestionType> type = QuestionType.fromId(name);
        if (type.isEmpty()) {
            map.problems().add(map.line("type"), "problem.question.unknown-type-use-single", where, name);
            return Optional.empty();
        }
        Set<String> allowed = new HashSet<>(COMMON_KEYS);
        allowed.addAll(keys(type.get()));
        map.allowOnly(allowed, where + " (" + name + ")");
        return Optional.of(switch (type.get()) {
            case SINGLE -> ChoiceReader.read(map, where, false);
            case MULTIPLE -> ChoiceReader.read(map, where, true);
            case TRUE_FALSE -> TrueFalseReader.read(map, where);
            case HIGHLIGHT -> HighlightReader.read(map, where, article);
            case MATCH -> MatchReader.read(map, where);
            case ORDER -> OrderReader.read(map, where);
            case WRITTEN -> WrittenReader.read(map, where);
        });
    }

    private static List<String> keys(QuestionType type) {
        return switch (type) {
            case SINGLE, MULTIPLE -> ChoiceReader.KEYS;
            case TRUE_FALSE -> TrueFalseReader.KEYS;
            case HIGHLIGHT -> HighlightReader.KEYS;
            case MATCH -> MatchReader.KEYS;
            case ORDER -> OrderReader.KEYS;
            case WRITTEN -> WrittenReader.KEYS;
        };
    }
}
