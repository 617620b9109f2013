package org.closeread.article.api;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class ArticleApiTest {

    static final String SLUG = "china-russia-defence-ministers";

    @Autowired
    MockMvc mvc;

    @Test
    void articles_are_listed_without_login() throws Exception {
        mvc.perform(get("/api/articles"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.slug == '" + SLUG + "')].title")
                        .value(hasItem("Chinese and Russian defence ministers reaffirm close bilateral ties")))
                .andExpect(jsonPath("$[?(@.slug == '" + SLUG + "')].outlet").value(hasItem("South China Morning Post")))
                .andExpect(jsonPath("$[?(@.slug == '" + SLUG + "')].date").value(hasItem("2024-04-26")))
                .andExpect(jsonPath("$.length()").value(4))
                .andExpect(jsonPath("$[?(@.outlet == 'Wikinews')]").value(org.hamcrest.Matchers.hasSize(3)));
    }

    @Test
    void annotations_are_a_w3c_annotation_collection() throws Exception {
        mvc.perform(get("/api/articles/" + SLUG + "/annotations"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/ld+json"))
                .andExpect(jsonPath("$['@context']").value("http://www.w3.org/ns/anno.jsonld"))
                .andExpect(jsonPath("$.type").value("AnnotationCollection"))
                .andExpect(jsonPath("$.total").value(greaterThan(60)))
                .andExpect(jsonPath("$.first.items[*].type").value(everyItem(is("Annotation"))))
                .andExpect(jsonPath("$.first.items[*].target.source").value(everyItem(startsWith("http"))))
                .andExpect(jsonPath("$.first.items[0].target.selector[0].type").value("TextQuoteSelector"))
                .andExpect(jsonPath("$.first.items[0].target.selector[1].type").value("TextPositionSelector"))
                .andExpect(jsonPath("$.first.items[*].body[?(@.purpose == 'tagging')].value")
                        .value(hasItem("quote")))
                .andExpect(jsonPath("$.first.items[*].body[?(@.purpose == 'describing')].value")
                        .value(hasItem("speaker: Dong Jun")))
                .andExpect(jsonPath("$.first.items[*].body[?(@.purpose == 'describing')].value")
                        .value(hasItem("channel: TASS news agency")));
    }

    @Test
    void position_selectors_count_in_the_served_plain_text() throws Exception {
        String text = mvc.perform(get("/api/articles/" + SLUG + "/text")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String json = mvc.perform(get("/api/articles/" + SLUG + "/annotations"))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        var items = com.jayway.jsonpath.JsonPath.<java.util.List<java.util.Map<String, Object>>>read(json, "$.first.items");
        org.assertj.core.api.Assertions.assertThat(items).allSatisfy(item -> {
            String exact = com.jayway.jsonpath.JsonPath.read(item, "$.target.selector[0].exact");
            int start = com.jayway.jsonpath.JsonPath.read(item, "$.target.selector[1].start");
            int end = com.jayway.jsonpath.JsonPath.read(item, "$.target.selector[1].end");
            org.assertj.core.api.Assertions.assertThat(text.substring(start, end)).isEqualTo(exact);
        });
    }

    @Test
    void the_api_never_contains_quiz_keys() throws Exception {
        String json = mvc.perform(get("/api/articles/" + SLUG + "/annotations"))
                .andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(json).doesNotContain("\"correct\"", "modelAnswer");
    }

    @Test
    void an_unknown_article_is_a_404_with_a_json_error() throws Exception {
        mvc.perform(get("/api/articles/no-such-article/annotations"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(jsonPath("$.error").value("No article with the slug \"no-such-article\""));
    }
}
