package org.closeread.quiz;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.closeread.lesson.YamlMap;

/** Reads the answer and the feedback of a true/false question. */
final class TrueFalseReader {

    static final List<String> KEYS = List.of("answer", "feedbackTrue", "feedbackFalse");

    private TrueFalseReader() {
    }

    static Function<Stem, Question> read(YamlMap map, String where) {
        Optional<Boolean> answer = map.bool("answer");
        if (!map.has("answer")) {
            map.problems().add(map.line(), "problem.truefalse.answer-write-answer-true", where);
        }
        String feedbackTrue = map.string("feedbackTrue").orElse("");
        String feedbackFalse = map.string("feedbackFalse").orElse("");
        return stem -> new TrueFalseQuestion(stem, answer.orElse(false), feedbackTrue, feedbackFalse);
    }
}
