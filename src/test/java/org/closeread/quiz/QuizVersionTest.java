package org.closeread.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.closeread.lesson.LessonFile;
import org.closeread.lesson.LessonFileReader;
import org.closeread.lesson.LessonService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Changing a quiz in its lesson file never changes the attempts already made on it. */
@SpringBootTest
class QuizVersionTest {

    static final String ARTICLE = """
            [headline]
            Ministers meet

            [paragraph #p1]
            “We agree,” Dong was quoted by the TASS news agency as saying.
            """;

    static final String LESSON = """
            slug: versions
            title: Versions
            minutes: 5
            article:
              title: Ministers meet
              outlet: Daily
            annotations:
              - id: q
                lens: quote
                text: "“We agree,”"
                explanation: Dong's words. Relayed by TASS.
            steps:
              - id: quotes
                title: Quotes
                lens: quote
                reveal: [q]
            quiz:
              title: Check
              questions:
                - id: who
                  type: single
                  prompt: Who relayed Dong's words?
                  explanation: TASS relayed them.
                  options:
                    - text: TASS
                      correct: true
                    - text: AFP
            """;

    @Autowired
    LessonService lessons;

    @Autowired
    QuizStore store;

    @Autowired
    QuizService quizzes;

    private void load(String yaml) throws Exception {
        LessonFile file = new LessonFileReader(List.of(store)).read("versions", ARTICLE, yaml);
        lessons.store(file);
    }

    @Test
    void a_changed_quiz_is_a_new_version_and_old_attempts_keep_theirs() throws Exception {
        load(LESSON);
        Participant student = quizzes.newParticipant(null);
        AttemptView before = quizzes.attempt(student, "versions", "quiz").orElseThrow();
        int tass = before.quiz().questions().get(0).options().indexOf("TASS");
        quizzes.answer(student, before.id(), "who", ChoiceAnswer.of(tass));

        load(LESSON.replace("- text: AFP", "- text: AFP\n        - text: Reuters")
                .replace("TASS relayed them.", "TASS, Russia's state agency, relayed them."));

        StudentQuiz current = quizzes.quiz("versions").orElseThrow();
        assertThat(current.id()).isNotEqualTo(before.quiz().id());
        assertThat(current.questions().get(0).options()).hasSize(3);
        AttemptView after = quizzes.attempt(student, before.id());
        assertThat(after.quiz().id()).isEqualTo(before.quiz().id());
        assertThat(after.quiz().questions().get(0).options()).hasSize(2);
        assertThat(after.results().get("who").correct()).isTrue();
        assertThat(after.results().get("who").explanation()).isEqualTo("TASS relayed them.");
    }

    @Test
    void loading_the_same_quiz_again_makes_no_new_version() throws Exception {
        load(LESSON.replace("Versions", "Versions again"));
        long first = quizzes.quiz("versions").orElseThrow().id();
        load(LESSON.replace("Versions", "Versions again").replace("minutes: 5", "minutes: 6"));

        assertThat(quizzes.quiz("versions").orElseThrow().id()).isEqualTo(first);
    }

    @Test
    void an_attempt_made_before_the_article_text_changed_shows_the_text_it_was_taken_on() throws Exception {
        String yaml = LESSON.replace("slug: versions", "slug: versions-text");
        lessons.store(new LessonFileReader(List.of(store)).read("versions-text", ARTICLE, yaml));
        Participant student = quizzes.newParticipant(null);
        AttemptView before = quizzes.attempt(student, "versions-text", "quiz").orElseThrow();

        lessons.store(new LessonFileReader(List.of(store)).read("versions-text",
                ARTICLE.replace("Ministers meet", "Ministers meet again"), yaml.replace("Check", "Check again")));

        assertThat(quizzes.quiz("versions-text").orElseThrow().id()).isNotEqualTo(before.quiz().id());
        assertThat(quizzes.lesson("versions-text").orElseThrow().article().block(0).text())
                .isEqualTo("Ministers meet again");
        assertThat(quizzes.lesson("versions-text", before.quiz().id()).orElseThrow().article().block(0).text())
                .isEqualTo("Ministers meet");
        long current = quizzes.quiz("versions-text").orElseThrow().id();
        assertThat(quizzes.lesson("versions-text", current).orElseThrow().article().block(0).text())
                .isEqualTo("Ministers meet again");
    }
}
