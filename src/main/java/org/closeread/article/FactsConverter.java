package org.closeread.article;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.LinkedHashMap;
import java.util.Map;

/** Stores an annotation's lens facts as one JSON object, keeping their order. */
@Converter
class FactsConverter implements AttributeConverter<Map<String, String>, String> {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> TYPE = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(Map<String, String> facts) {
        try {
            return JSON.writeValueAsString(facts == null ? Map.of() : facts);
        } catch (JacksonException e) {
            throw new IllegalStateException("facts cannot be written as JSON", e);
        }
    }

    @Override
    public Map<String, String> convertToEntityAttribute(String json) {
        try {
            return json == null || json.isBlank() ? new LinkedHashMap<>() : JSON.readValue(json, TYPE);
        } catch (JacksonException e) {
            throw new IllegalStateException("stored facts are not JSON: " + json, e);
        }
    }
}
