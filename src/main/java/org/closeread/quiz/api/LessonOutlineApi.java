package org.closeread.quiz.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.closeread.lesson.LessonReading;
import org.closeread.quiz.PromptView;
import org.closeread.quiz.QuizService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/lessons/{slug}}: the lesson's steps and its quiz as students see it before answering.
 * Built from {@link PromptView}s only, so no key, score or explanation can appear.
 */
@RestController
class LessonOutlineApi {

    private final QuizService quizzes;

    LessonOutlineApi(QuizService quizzes) {
        this.quizzes = quizzes;
    }

    @GetMapping("/api/lessons/{slug}")
    ResponseEntity<Object> outline(@PathVariable String slug) {
        return quizzes.lesson(slug).<ResponseEntity<Object>>map(reading -> ResponseEntity.ok(outline(reading)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
                        .body(Map.of("error", "No lesson with the slug \"" + slug + "\"", "status", 404)));
    }

    private Map<String, Object> outline(LessonReading reading) {
        Map<String, Object> outline = new LinkedHashMap<>();
        outline.put("slug", reading.lesson().slug());
        outline.put("title", reading.lesson().title());
        outline.put("steps", reading.lesson().steps().stream()
                .map(step -> Map.of("id", step.id(), "title", step.title(), "lens", step.lens().id())).toList());
        quizzes.quiz(reading.lesson().slug()).ifPresent(quiz -> {
            Map<String, Object> q = new LinkedHashMap<>();
            q.put("title", quiz.title());
            q.put("passMark", quiz.passMark());
            q.put("questions", quiz.questions().stream().map(LessonOutlineApi::question).toList());
            outline.put("quiz", q);
        });
        return outline;
    }

    /** {@code options} are what the student chooses from, whatever the type; the other lists where a type uses them. */
    private static Map<String, Object> question(PromptView prompt) {
        Map<String, Object> question = new LinkedHashMap<>();
        question.put("id", prompt.id());
        question.put("type", prompt.type().id());
        question.put("prompt", prompt.prompt());
        question.put("options", switch (prompt.type()) {
            case SINGLE, MULTIPLE -> prompt.options();
            case TRUE_FALSE -> List.of("True", "False");
            case MATCH -> prompt.rights();
            case ORDER -> prompt.items();
            case HIGHLIGHT, WRITTEN -> List.of();
        });
        if (!prompt.lefts().isEmpty()) {
            question.put("lefts", prompt.lefts());
        }
        if (!prompt.blocks().isEmpty()) {
            question.put("blocks", prompt.blocks());
        }
        return question;
    }
}
