package org.closeread.quiz;

import java.util.List;
import java.util.function.Function;
import org.closeread.lesson.YamlMap;

/** Reads the model answer and the rubric of a written question. */
final class WrittenReader {

    static final List<String> KEYS = List.of("modelAnswer", "rubric");

    private WrittenReader() {
    }

    static Function<Stem, Question> read(YamlMap map, String where) {
        String modelAnswer = map.required("modelAnswer", where);
        List<String> rubric = map.strings("rubric");
        return stem -> new WrittenQuestion(stem, modelAnswer, rubric);
    }
}
