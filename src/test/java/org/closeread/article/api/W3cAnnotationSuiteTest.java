package org.closeread.article.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The MUST assertions of the W3C Web Annotation test suite (the draft-04 JSON schemas of
 * w3c/web-annotation-tests, vendored in {@code src/test/resources/w3c-web-annotation-tests} with their
 * licence) run against what {@code GET /api/articles/{slug}/annotations} serves: the collection
 * ({@code collectionMusts.test}), its embedded page ({@code pageMusts.test}) and every annotation in it
 * ({@code annotationMusts.test}), each taken out with the collection's {@code @context}, as a runner
 * checking single annotations does.
 */
@SpringBootTest
@AutoConfigureMockMvc
class W3cAnnotationSuiteTest {

    private static final String SUITE = "w3c-web-annotation-tests/";
    private static final String BASE = "https://suite.invalid/";
    private static final List<String> DEFINITIONS = List.of("annotations.json", "bodyTarget.json",
            "choiceSet.json", "collections.json", "id.json", "otherProperties.json", "specificResource.json");
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4,
            builder -> builder.schemas(W3cAnnotationSuiteTest::schemaText));

    private final Map<String, Schema> schemas = new HashMap<>();

    @Autowired
    MockMvc mvc;

    @Test
    void the_first_lessons_collection_page_and_annotations_pass_every_must_assertion() throws Exception {
        String served = mvc.perform(get("/api/articles/" + ArticleApiTest.SLUG + "/annotations"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode collection = JSON.readTree(served);
        JsonNode items = collection.path("first").path("items");
        assertThat(items.size()).isEqualTo(collection.path("total").asInt()).isGreaterThan(60);

        List<String> failures = new ArrayList<>();
        failures.addAll(check("collections/collectionMusts.test", collection, "the collection"));
        failures.addAll(check("collections/pages/pageMusts.test", collection, "the collection's first page"));
        for (JsonNode item : items) {
            // Taken out of the collection, an annotation keeps the @context it was served under (JSON-LD).
            ObjectNode standalone = JSON.createObjectNode();
            standalone.set("@context", collection.path("@context"));
            standalone.setAll((ObjectNode) item);
            failures.addAll(check("annotations/annotationMusts.test", standalone, item.path("id").asString()));
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void the_suite_refuses_the_old_shape_with_the_items_on_the_collection() {
        JsonNode old = JSON.readTree("""
                {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "http://x/a", "type": "AnnotationCollection",
                 "total": 1, "items": [{"id": "http://x/a#1", "type": "Annotation", "target": "http://x/t"}]}""");
        assertThat(check("collections/collectionMusts.test", old, "old"))
                .anySatisfy(failure -> assertThat(failure).contains("5.1-collectionFirstValidated"));
    }

    @Test
    void the_suite_refuses_an_annotation_without_a_target() {
        JsonNode broken = JSON.readTree("""
                {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "http://x/a#1", "type": "Annotation"}""");
        assertThat(check("annotations/annotationMusts.test", broken, "broken"))
                .anySatisfy(failure -> assertThat(failure).contains("3.1-targetKeyFound"));
    }

    /** Runs every assertion a {@code .test} file lists; answers one line per failed assertion. */
    private List<String> check(String testFile, JsonNode instance, String what) {
        List<String> failures = new ArrayList<>();
        for (JsonNode assertion : JSON.readTree(read(SUITE + testFile)).path("assertions")) {
            String path = assertion.asString();
            JsonNode schemaNode = JSON.readTree(read(SUITE + path));
            Schema schema = schemas.computeIfAbsent(path,
                    p -> registry.getSchema(SchemaLocation.of(BASE + p), schemaNode));
            List<Error> errors = schema.validate(instance);
            boolean valid = errors.isEmpty();
            boolean expectValid = !"invalid".equals(schemaNode.path("expectedResult").asString("valid"));
            if (valid != expectValid) {
                failures.add(what + " fails " + path + ": " + schemaNode.path("errorMessage").asString()
                        + " " + errors);
            }
        }
        return failures;
    }

    private static String schemaText(String iri) {
        if (!iri.startsWith(BASE)) {
            return null;
        }
        String path = iri.substring(BASE.length());
        String name = path.substring(path.lastIndexOf('/') + 1);
        return read(SUITE + (DEFINITIONS.contains(name) ? "definitions/" + name : path));
    }

    private static String read(String resource) {
        try (InputStream in = W3cAnnotationSuiteTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
