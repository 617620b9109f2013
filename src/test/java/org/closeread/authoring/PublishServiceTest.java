package org.closeread.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.closeread.article.Lens;
import org.closeread.article.TextSpan;
import org.closeread.lesson.LessonProblem;
import org.closeread.lesson.LessonReading;
import org.closeread.lesson.LessonService;
import org.closeread.quiz.AttemptView;
import org.closeread.quiz.HighlightAnswer;
import org.closeread.quiz.Participant;
import org.closeread.quiz.QuestionType;
import org.closeread.quiz.QuizService;
import org.closeread.quiz.Result;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class PublishServiceTest {

    @org.junit.jupiter.api.BeforeEach
    void signIn() {
        SignedIn.as("ada");
    }

    @org.junit.jupiter.api.AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Autowired
    DraftService drafts;

    @Autowired
    PublishService publishing;

    @Autowired
    LessonService lessons;

    @Autowired
    QuizService quizzes;

    /** A lesson with one quote annotation and a highlight question whose key is the quoted words. */
    private Draft writeLesson(String slug) {
        Draft draft = drafts.create(slug, DraftServiceTest.details(), DraftServiceTest.PASTED);
        String paragraph = draft.content().blocks().get(2).text();
        TextSpan quote = new TextSpan(2, paragraph.indexOf("We"), paragraph.indexOf("everything") + 10);
        draft = drafts.annotate(slug, draft.version(), null, quote, new DraftAnnotation("", Lens.QUOTE, "", 0,
                "Dong's words, relayed by TASS.", Map.of("speaker", "Dong Jun"))).draft();
        DraftQuestion question = new DraftQuestion("", QuestionType.HIGHLIGHT, "Mark Dong's own words.",
                "The words in quotation marks are Dong's.", "", List.of(), true, "", "", List.of(), List.of(),
                List.of(), List.of(), List.of(), "", List.of());
        return drafts.saveHighlightQuestion(slug, draft.version(), QuestionPlace.QUIZ, null, question, List.of(quote),
                List.of()).draft();
    }

    @Test
    void an_unfinished_draft_is_not_published_and_its_problems_name_file_and_line() {
        Draft draft = drafts.create("unfinished-lesson", DraftServiceTest.details(), DraftServiceTest.PASTED);

        PublishResult result = publishing.publish("unfinished-lesson", draft.version());

        assertThat(result.published()).isFalse();
        assertThat(result.problems()).extracting(LessonProblem::toString)
                .containsExactly("unfinished-lesson/lesson.yaml:1: the lesson has no steps");
        assertThat(lessons.reading("unfinished-lesson")).isEmpty();
    }

    @Test
    void a_published_draft_is_the_lesson_and_quiz_students_get() {
        Draft draft = writeLesson("published-lesson");
        assertThat(publishing.check("published-lesson").problems()).isEmpty();

        PublishResult result = publishing.publish("published-lesson", draft.version());

        assertThat(result.published()).isTrue();
        assertThat(result.draft().status()).isEqualTo(DraftStatus.PUBLISHED);
        LessonReading reading = lessons.reading("published-lesson").orElseThrow();
        assertThat(reading.article().annotations()).extracting(a -> a.quote().exact())
                .containsExactly("We agree on everything");
        assertThat(reading.lesson().steps()).hasSize(1);
        assertThat(quizzes.quiz("published-lesson").orElseThrow().questions()).hasSize(1);
    }

    @Test
    void publishing_what_someone_else_has_changed_since_is_refused() {
        Draft draft = writeLesson("stale-publish");
        drafts.saveQuizSettings("stale-publish", draft.version(), "Quiz", 50,
                org.closeread.quiz.FeedbackTiming.AT_END);

        PublishResult result = publishing.publish("stale-publish", draft.version());

        assertThat(result.conflict()).isTrue();
        assertThat(lessons.reading("stale-publish")).isEmpty();
    }

    @Test
    void an_attempt_made_before_the_article_text_changed_still_scores_and_shows_the_same() {
        Draft draft = writeLesson("republished");
        publishing.publish("republished", draft.version());
        Participant student = quizzes.newParticipant(null);
        AttemptView attempt = quizzes.attempt(student, "republished", "quiz").orElseThrow();
        LessonReading takenOn = quizzes.lesson("republished", attempt.quiz().id()).orElseThrow();
        String paragraph = takenOn.article().block(2).text();
        TextSpan marked = new TextSpan(2, paragraph.indexOf("We"), paragraph.indexOf("everything") + 10);
        Result before = quizzes.answer(student, attempt.id(), attempt.quiz().questions().get(0).id(),
                new HighlightAnswer(List.of(marked)));

        Draft current = drafts.open("republished").orElseThrow();
        List<DraftBlock> blocks = new java.util.ArrayList<>(current.content().blocks());
        blocks.set(2, new DraftBlock(blocks.get(2).kind(), blocks.get(2).id(),
                "Officials said: " + blocks.get(2).text()));
        Draft edited = drafts.saveLesson("republished", current.version(), current.content().title(), "", 30,
                List.of(), current.content().article(), blocks).draft();
        assertThat(publishing.publish("republished", edited.version()).published()).isTrue();

        assertThat(lessons.reading("republished").orElseThrow().article().block(2).text()).startsWith("Officials");
        AttemptView after = quizzes.attempt(student, attempt.id());
        assertThat(after.quiz().id()).isEqualTo(attempt.quiz().id());
        assertThat(after.results().values()).singleElement().extracting(Result::score).isEqualTo(before.score());
        assertThat(before.score()).isEqualTo(1.0);
        LessonReading shown = quizzes.lesson("republished", after.quiz().id()).orElseThrow();
        assertThat(shown.article().block(2).text()).isEqualTo(paragraph);
        assertThat(shown.article().text(marked)).isEqualTo("We agree on everything");
        assertThat(quizzes.quiz("republished").orElseThrow().id()).isNotEqualTo(attempt.quiz().id());
    }

    @Test
    void an_unpublished_lesson_is_hidden_until_published_again() {
        Draft draft = writeLesson("toggled");
        publishing.publish("toggled", draft.version());

        assertThat(publishing.unpublish("toggled").status()).isEqualTo(DraftStatus.UNPUBLISHED);
        assertThat(lessons.reading("toggled")).isEmpty();

        assertThat(publishing.publish("toggled", draft.version()).draft().status()).isEqualTo(DraftStatus.PUBLISHED);
        assertThat(lessons.reading("toggled")).isPresent();
    }
}
