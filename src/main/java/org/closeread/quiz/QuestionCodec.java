package org.closeread.quiz;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes questions and answers as JSON for storage and reads them back: a stored question keeps its
 * key and its blocks, so an old attempt can be scored and shown exactly as it was taken. The JSON is
 * written byte for byte as earlier releases wrote it (properties in declaration order, map keys sorted),
 * so a stored definition's hash still matches the same question read from a lesson file.
 */
final class QuestionCodec {

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = SingleChoiceQuestion.class, name = "single"),
            @JsonSubTypes.Type(value = MultipleChoiceQuestion.class, name = "multiple"),
            @JsonSubTypes.Type(value = TrueFalseQuestion.class, name = "truefalse"),
            @JsonSubTypes.Type(value = HighlightQuestion.class, name = "highlight"),
            @JsonSubTypes.Type(value = MatchQuestion.class, name = "match"),
            @JsonSubTypes.Type(value = OrderQuestion.class, name = "order"),
            @JsonSubTypes.Type(value = WrittenQuestion.class, name = "written")})
    private interface QuestionTypes {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = ChoiceAnswer.class, name = "choice"),
            @JsonSubTypes.Type(value = TrueFalseAnswer.class, name = "truefalse"),
            @JsonSubTypes.Type(value = HighlightAnswer.class, name = "highlight"),
            @JsonSubTypes.Type(value = MatchAnswer.class, name = "match"),
            @JsonSubTypes.Type(value = OrderAnswer.class, name = "order"),
            @JsonSubTypes.Type(value = WrittenAnswer.class, name = "written")})
    private interface AnswerTypes {
    }

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addMixIn(Question.class, QuestionTypes.class)
            .addMixIn(Answer.class, AnswerTypes.class)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, false)
            .build();

    private QuestionCodec() {
    }

    static String write(Question question) {
        return write((Object) question, Question.class);
    }

    static String write(Answer answer) {
        return write((Object) answer, Answer.class);
    }

    static Question question(String json) {
        return read(json, Question.class);
    }

    static Answer answer(String json) {
        return read(json, Answer.class);
    }

    private static String write(Object value, Class<?> as) {
        try {
            return JSON.writerFor(as).writeValueAsString(value);
        } catch (JacksonException e) {
            throw new IllegalStateException("cannot write " + as.getSimpleName() + " as JSON", e);
        }
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JacksonException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " is not readable: " + e.getMessage(), e);
        }
    }
}
