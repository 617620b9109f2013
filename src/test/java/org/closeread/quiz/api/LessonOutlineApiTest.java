package org.closeread.quiz.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.closeread.quiz.LessonQuizzes;
import org.closeread.quiz.Option;
import org.closeread.quiz.Question;
import org.closeread.quiz.QuizReader;
import org.closeread.quiz.SingleChoiceQuestion;
import org.closeread.quiz.MultipleChoiceQuestion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class LessonOutlineApiTest {

    static final String SLUG = "china-russia-defence-ministers";

    @Autowired
    MockMvc mvc;

    @Test
    void the_outline_lists_steps_and_quiz_prompts() throws Exception {
        mvc.perform(get("/api/lessons/" + SLUG))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.slug").value(SLUG))
                .andExpect(jsonPath("$.title").value("Who speaks, and through whom?"))
                .andExpect(jsonPath("$.steps.length()").value(greaterThanOrEqualTo(6)))
                .andExpect(jsonPath("$.steps[*].lens").value(hasItems("anatomy", "quote", "source", "framing",
                        "missing")))
                .andExpect(jsonPath("$.quiz.questions.length()").value(greaterThanOrEqualTo(20)))
                .andExpect(jsonPath("$.quiz.questions[*].type").value(hasItems("single", "multiple", "truefalse",
                        "highlight", "match", "order", "written")));
    }

    @Test
    void the_outline_never_holds_keys_scores_feedback_or_explanations() throws Exception {
        String json = mvc.perform(get("/api/lessons/" + SLUG)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Path folder = Path.of("lessons", SLUG);
        LessonQuizzes quizzes = QuizReader.readLesson(SLUG, Files.readString(folder.resolve("article.txt")),
                Files.readString(folder.resolve("lesson.yaml"))).quizzes().orElseThrow();

        assertThat(json).doesNotContain("\"correct\"", "\"explanation\"", "\"feedback\"", "\"score\"",
                "modelAnswer", "rubric", "targets");
        for (Question question : quizzes.quiz().orElseThrow().questions()) {
            assertThat(json).doesNotContain(question.explanation());
            java.util.List<Option> options = question instanceof SingleChoiceQuestion s ? s.options()
                    : question instanceof MultipleChoiceQuestion m ? m.options() : java.util.List.of();
            options.stream().map(Option::feedback).filter(f -> f != null && !f.isBlank())
                    .forEach(feedback -> assertThat(json).doesNotContain(feedback));
        }
    }

    @Test
    void an_unknown_lesson_is_a_404_with_a_json_error() throws Exception {
        mvc.perform(get("/api/lessons/nothing")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("No lesson with the slug \"nothing\""));
    }
}
