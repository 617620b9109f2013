package org.closeread.analysis.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.closeread.analysis.Analyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

class AnalysisControllerTest {

    private static MockMvc mvc;

    @BeforeAll
    static void setUp() {
        mvc = MockMvcBuilders.standaloneSetup(new AnalysisController(new AnalysisConfiguration().analyzer(),
                new AnalysisLimits(java.time.Clock.systemUTC(), 1000, 2, java.time.Duration.ofSeconds(60)))).build();
    }

    @Test
    void posted_text_comes_back_as_quotes_attributions_verbs_loaded_words_and_speakers() throws Exception {
        String text = "“Our brutal rivals lost,” Dong was quoted by the TASS news agency as saying.\n\n"
                + "The US contends that China helps Russia.";
        mvc.perform(post("/api/analysis").contentType(MediaType.TEXT_PLAIN).content(text))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.quotes[0].start").value(0))
                .andExpect(jsonPath("$.quotes[0].end").value(text.indexOf("”") + 1))
                .andExpect(jsonPath("$.quotes[0].text").value("“Our brutal rivals lost,”"))
                .andExpect(jsonPath("$.quotes[0].form").value("direct"))
                .andExpect(jsonPath("$.quotes[0].speaker").value("Dong"))
                .andExpect(jsonPath("$.quotes[0].channel").value("TASS news agency"))
                .andExpect(jsonPath("$.quotes[0].verb").value("quoted"))
                .andExpect(jsonPath("$.attributions[1].speaker").value("US"))
                .andExpect(jsonPath("$.attributions[1].stance").value("distancing"))
                .andExpect(jsonPath("$.attributions[1].cueStart").value(text.indexOf("contends")))
                .andExpect(jsonPath("$.attributions[1].cueEnd").value(text.indexOf("contends") + "contends".length()))
                .andExpect(jsonPath("$.attributions[1].contentStart").value(text.indexOf("China helps")))
                .andExpect(jsonPath("$.attributions[1].contentEnd").value(text.indexOf("Russia.") + "Russia".length()))
                .andExpect(jsonPath("$.verbs[1].text").value("contends"))
                .andExpect(jsonPath("$.verbs[1].start").value(text.indexOf("contends")))
                .andExpect(jsonPath("$.loaded[0].text").value("brutal"))
                .andExpect(jsonPath("$.loaded[0].voice").value("quoted"))
                .andExpect(jsonPath("$.speakers[0].name").value("Dong"))
                .andExpect(jsonPath("$.speakers[0].quotes").value(1))
                .andExpect(jsonPath("$.speakers[0].named").value(true))
                .andExpect(jsonPath("$.speakers[0].channels[0]").value("TASS news agency"));
    }

    @Test
    void a_body_over_200_kb_is_refused_with_413() throws Exception {
        mvc.perform(post("/api/analysis").contentType(MediaType.TEXT_PLAIN).content("a".repeat(200 * 1024 + 1)))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.error").exists());
    }

    @Test
    void a_blank_body_is_refused_with_400() throws Exception {
        mvc.perform(post("/api/analysis").contentType(MediaType.TEXT_PLAIN).content("  \n "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("the text is empty"));
    }

    @Test
    void an_empty_body_is_refused_with_400() throws Exception {
        mvc.perform(post("/api/analysis").contentType(MediaType.TEXT_PLAIN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").exists());
    }

    @Test
    void a_body_that_is_not_text_is_refused_with_400() throws Exception {
        mvc.perform(post("/api/analysis").contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"hi\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("send the article as text/plain"));
    }
}
