package org.closeread.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.closeread.article.BlockKind;
import org.closeread.article.Lens;
import org.closeread.article.TextSpan;
import org.closeread.quiz.FeedbackTiming;
import org.closeread.quiz.QuestionType;
import org.junit.jupiter.api.Test;

/** The rules of editing a draft: ids, reveals, places and order of annotations, steps and questions. */
class DraftEditsTest {

    static final List<DraftBlock> BLOCKS = List.of(
            new DraftBlock(BlockKind.HEADLINE, "", "Ministers meet"),
            new DraftBlock(BlockKind.PARAGRAPH, "", "“We agree,” Dong said. “We agree,” Shoigu said."));

    static LessonDraft draft() {
        return new LessonDraft("demo", "Demo", "", 20, List.of(), new ArticleDetails("Ministers meet", "Daily", "",
                "", ""), BLOCKS, List.of(), List.of(), Optional.empty());
    }

    private static DraftAnnotation quote(String text, int occurrence) {
        return new DraftAnnotation("", Lens.QUOTE, text, occurrence, "Someone's words.", Map.of("speaker", "Dong"));
    }

    private static DraftQuestion question(String prompt) {
        return new DraftQuestion("", QuestionType.TRUE_FALSE, prompt, "Because.", "", List.of(), true, "", "",
                List.of(), List.of(), List.of(), List.of(), List.of(), "", List.of());
    }

    @Test
    void a_new_annotation_gets_an_id_from_its_words_and_a_step_of_its_lens_reveals_it() {
        LessonDraft draft = AnnotationEdits.save(draft(), null, quote("“We agree,”", 2));

        assertThat(draft.annotations()).extracting(DraftAnnotation::id).containsExactly("quote-we-agree");
        assertThat(draft.steps()).hasSize(1);
        assertThat(draft.steps().get(0)).extracting(DraftStep::id, DraftStep::title, DraftStep::lens)
                .containsExactly("quote", "Quotes", Lens.QUOTE);
        assertThat(draft.steps().get(0).reveal()).containsExactly("quote-we-agree");

        LessonDraft again = AnnotationEdits.save(draft, null, quote("“We agree,”", 1));
        assertThat(again.annotations()).extracting(DraftAnnotation::id).containsExactly("quote-we-agree",
                "quote-we-agree-2");
        assertThat(again.steps()).hasSize(1);
        assertThat(again.steps().get(0).reveal()).containsExactly("quote-we-agree", "quote-we-agree-2");
    }

    @Test
    void renaming_an_annotation_renames_it_in_the_steps_and_deleting_it_removes_it_from_them() {
        LessonDraft draft = AnnotationEdits.save(draft(), null, quote("“We agree,”", 2));

        LessonDraft renamed = AnnotationEdits.save(draft, "quote-we-agree",
                quote("“We agree,”", 2).withId("shoigu-agrees"));
        assertThat(renamed.annotations()).extracting(DraftAnnotation::id).containsExactly("shoigu-agrees");
        assertThat(renamed.steps().get(0).reveal()).containsExactly("shoigu-agrees");

        LessonDraft deleted = AnnotationEdits.delete(renamed, "shoigu-agrees");
        assertThat(deleted.annotations()).isEmpty();
        assertThat(deleted.steps().get(0).reveal()).isEmpty();
    }

    @Test
    void steps_keep_their_exercises_when_edited_and_move_up_and_down() {
        LessonDraft draft = StepEdits.save(draft(), null, new DraftStep("", "Who speaks?", Lens.QUOTE, "", List.of(),
                List.of()));
        draft = StepEdits.save(draft, null, new DraftStep("", "Article or page?", Lens.ANATOMY, "", List.of(),
                List.of()));
        draft = QuestionEdits.save(draft, QuestionPlace.step("step-who-speaks"), null, question("Dong spoke?"));

        LessonDraft edited = StepEdits.save(draft, "step-who-speaks", new DraftStep("speakers", "Who speaks?",
                Lens.QUOTE, "Find them.", List.of(), List.of()));
        assertThat(edited.step("speakers").orElseThrow().exercises()).hasSize(1);

        LessonDraft moved = StepEdits.move(edited, "step-article-or-page", -1);
        assertThat(moved.steps()).extracting(DraftStep::id).containsExactly("step-article-or-page", "speakers");
        assertThat(StepEdits.move(moved, "step-article-or-page", -1).steps()).extracting(DraftStep::id)
                .containsExactly("step-article-or-page", "speakers");
    }

    @Test
    void question_ids_are_unique_across_quiz_and_exercises_and_questions_move_within_their_place() {
        LessonDraft draft = StepEdits.save(draft(), null, new DraftStep("quotes", "Quotes", Lens.QUOTE, "", List.of(),
                List.of()));
        draft = QuestionEdits.save(draft, QuestionPlace.step("quotes"), null, question("Did Dong speak?"));
        draft = QuestionEdits.save(draft, QuestionPlace.QUIZ, null, question("Did Dong speak?"));
        draft = QuestionEdits.save(draft, QuestionPlace.QUIZ, null, question("Did Shoigu speak?"));

        assertThat(draft.questions()).extracting(p -> p.question().id())
                .containsExactly("q-did-dong-speak", "q-did-dong-speak-2", "q-did-shoigu-speak");
        assertThat(draft.quiz().orElseThrow().title()).isEqualTo(DraftQuiz.DEFAULT_TITLE);

        LessonDraft moved = QuestionEdits.move(draft, "q-did-shoigu-speak", -1);
        assertThat(moved.quiz().orElseThrow().questions()).extracting(DraftQuestion::id)
                .containsExactly("q-did-shoigu-speak", "q-did-dong-speak-2");

        LessonDraft toQuiz = QuestionEdits.save(moved, QuestionPlace.QUIZ, "q-did-dong-speak",
                moved.question("q-did-dong-speak").orElseThrow().question());
        assertThat(toQuiz.step("quotes").orElseThrow().exercises()).isEmpty();
        assertThat(toQuiz.quiz().orElseThrow().questions()).extracting(DraftQuestion::id)
                .containsExactly("q-did-shoigu-speak", "q-did-dong-speak-2", "q-did-dong-speak");

        assertThat(QuestionEdits.delete(toQuiz, "q-did-dong-speak-2").questions()).hasSize(2);
    }

    @Test
    void a_renamed_or_deleted_step_is_followed_by_the_questions_that_review_it() {
        LessonDraft draft = StepEdits.save(draft(), null, new DraftStep("quotes", "Quotes", Lens.QUOTE, "", List.of(),
                List.of()));
        draft = QuestionEdits.save(draft, QuestionPlace.QUIZ, null, question("Who?").withReview("quotes"));

        LessonDraft renamed = StepEdits.save(draft, "quotes", new DraftStep("voices", "Quotes", Lens.QUOTE, "",
                List.of(), List.of()));
        assertThat(renamed.quiz().orElseThrow().questions().get(0).review()).isEqualTo("voices");
        assertThat(StepEdits.delete(renamed, "voices").quiz().orElseThrow().questions().get(0).review()).isEmpty();
    }

    @Test
    void quiz_settings_keep_the_questions() {
        LessonDraft draft = QuestionEdits.save(draft(), QuestionPlace.QUIZ, null, question("Who?"));

        DraftQuiz quiz = QuestionEdits.quizSettings(draft, "Final check", 80, FeedbackTiming.AT_END).quiz()
                .orElseThrow();
        assertThat(quiz).extracting(DraftQuiz::title, DraftQuiz::passMark, DraftQuiz::feedback)
                .containsExactly("Final check", 80, FeedbackTiming.AT_END);
        assertThat(quiz.questions()).hasSize(1);
    }

    @Test
    void blocks_named_by_a_question_get_readable_ids_and_anchors_count_occurrences() {
        LessonDraft named = draft().withBlockIds(List.of(1));
        assertThat(named.blocks().get(1).id()).isEqualTo("paragraph-we-agree-dong");

        var article = named.toArticle();
        TextSpan second = new TextSpan(1, 23, 34);
        assertThat(Anchors.of(article, second)).isEqualTo(new Anchors.Anchor("“We agree,”", 2));
        assertThat(Anchors.of(article, new TextSpan(1, 35, 41))).isEqualTo(new Anchors.Anchor("Shoigu", 0));
        assertThat(Anchors.find(article, "“We agree,”", 2)).contains(second);
        assertThat(Anchors.find(article, "“We agree,”", 0)).isEmpty();
    }
}
