package org.closeread.authoring.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.closeread.ClientInput._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.closeread.KaribuTest;
import org.closeread.article.Lens;
import org.closeread.article.TextSpan;
import org.closeread.authoring.ArticleDetails;
import org.closeread.authoring.Draft;
import org.closeread.authoring.DraftAnnotation;
import org.closeread.authoring.DraftChange;
import org.closeread.authoring.DraftQuestion;
import org.closeread.authoring.DraftService;
import org.closeread.authoring.DraftStep;
import org.closeread.authoring.QuestionPlace;
import org.closeread.lesson.LessonService;
import org.closeread.lesson.LessonSource;
import org.closeread.quiz.QuestionType;
import org.closeread.quiz.QuizService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Steps and questions of every type written in the editors, then previewed, published and unpublished. */
class QuestionAndPublishEditorTest extends KaribuTest {

    @Autowired
    DraftService drafts;

    @Autowired
    QuizService quizzes;

    @Autowired
    LessonService lessons;

    @Override
    protected Set<Class<? extends Component>> views() {
        return Set.of(StepsEditorView.class, QuestionsEditorView.class, PublishView.class, ImportView.class);
    }

    @BeforeEach
    void teacher() {
        login("ada", "TEACHER");
    }

    /** A pasted article with one quote annotation, so the lesson has a step. */
    private Draft lesson(String slug) {
        Draft draft = drafts.create(slug, new ArticleDetails("Ministers meet", "Daily", "", "", ""),
                ArticleAndAnnotationEditorTest.PASTED);
        String paragraph = draft.content().blocks().get(2).text();
        int start = paragraph.indexOf("We agree");
        return drafts.annotate(slug, draft.version(), null, new TextSpan(2, start, start + 22),
                new DraftAnnotation("", Lens.QUOTE, "", 0, "Dong's words.", Map.of())).draft();
    }

    private QuestionsEditorView startQuestion(QuestionType type, QuestionPlace place, String prompt) {
        QuestionsEditorView view = _get(QuestionsEditorView.class);
        _setValue(view.newPlaceField(), place);
        _click(_get(view, Button.class, spec -> spec.withId("add-" + type.id())));
        _setValue(view.form().promptField(), prompt);
        _setValue(view.form().explanationField(), "Because the text says so.");
        return view;
    }

    private void save(QuestionsEditorView view) {
        _click(view.form().saveButton());
        assertThat(view.problems()).isEqualTo("Saved.");
    }

    @Test
    void a_teacher_writes_a_question_of_every_type_reorders_them_publishes_and_students_get_the_quiz() {
        lesson("every-type");
        ui().navigate("teacher/lessons/every-type/questions");

        QuestionsEditorView view = startQuestion(QuestionType.SINGLE, QuestionPlace.QUIZ, "Who relayed Dong's words?");
        ChoiceBody single = (ChoiceBody) view.form().body();
        _setValue(single.rows().get(0).text(), "TASS");
        _setValue(single.rows().get(0).correct(), true);
        _setValue(single.rows().get(0).feedback(), "Right: “according to the TASS news agency”.");
        _setValue(single.rows().get(1).text(), "AFP");
        _setValue(single.rows().get(1).feedback(), "AFP is not named.");
        save(view);

        startQuestion(QuestionType.MULTIPLE, QuestionPlace.QUIZ, "Which are page furniture?");
        ChoiceBody multiple = (ChoiceBody) view.form().body();
        _setValue(multiple.rows().get(0).text(), "Advertisement");
        _setValue(multiple.rows().get(0).correct(), true);
        _setValue(multiple.rows().get(1).text(), "The headline");
        _click(_get(view.form(), Button.class, spec -> spec.withText("Add an option")));
        _setValue(multiple.rows().get(2).text(), "Read more");
        _setValue(multiple.rows().get(2).correct(), true);
        save(view);

        startQuestion(QuestionType.TRUE_FALSE, QuestionPlace.QUIZ, "The reporter heard Dong speak.");
        TrueFalseBody trueFalse = (TrueFalseBody) view.form().body();
        _setValue(trueFalse.answerField(), false);
        _setValue(trueFalse.feedbackFalseField(), "Right: the words came through TASS.");
        save(view);

        startQuestion(QuestionType.HIGHLIGHT, QuestionPlace.QUIZ, "Mark Dong's own words.");
        HighlightBody highlight = (HighlightBody) view.form().body();
        String paragraph = drafts.open("every-type").orElseThrow().content().blocks().get(2).text();
        BrowserMarks.send(highlight.marker(), BrowserMarks.on(2, paragraph, "We agree on everything"));
        save(view);

        startQuestion(QuestionType.MATCH, QuestionPlace.QUIZ, "Match each speaker to the channel.");
        MatchBody match = (MatchBody) view.form().body();
        _setValue(match.rows().get(0).left(), "Dong Jun");
        _setValue(match.rows().get(0).right(), "TASS");
        _setValue(match.rows().get(1).left(), "Shoigu");
        _setValue(match.rows().get(1).right(), "Russian ministry");
        _setValue(match.distractorsField(), "Reuters");
        save(view);

        startQuestion(QuestionType.ORDER, QuestionPlace.QUIZ, "Put the chain in order.");
        _setValue(((OrderBody) view.form().body()).itemsField(), "Dong speaks\nTASS reports\nThe paper quotes TASS");
        save(view);

        startQuestion(QuestionType.WRITTEN, QuestionPlace.step("quote"), "Why does the channel matter?");
        WrittenBody written = (WrittenBody) view.form().body();
        _setValue(written.modelAnswerField(), "A state agency chooses what to relay.");
        _setValue(written.rubricField(), "Names TASS\nSays it is state media");
        save(view);

        Draft draft = drafts.open("every-type").orElseThrow();
        assertThat(draft.content().questions()).extracting(p -> p.question().type()).containsExactly(
                QuestionType.WRITTEN, QuestionType.SINGLE, QuestionType.MULTIPLE, QuestionType.TRUE_FALSE,
                QuestionType.HIGHLIGHT, QuestionType.MATCH, QuestionType.ORDER);
        _click(_get(view, Button.class, spec -> spec.withAttribute("aria-label", "Move up: q-put-the-chain")));
        assertThat(drafts.open("every-type").orElseThrow().content().quiz().orElseThrow().questions())
                .extracting(DraftQuestion::id).endsWith("q-put-the-chain", "q-match-each-speaker");

        ui().navigate("teacher/lessons/every-type/publish");
        PublishView publish = _get(PublishView.class);
        assertThat(publish.checkArea().getElement().getTextRecursively())
                .contains("Ready to publish", "1 step, 1 annotation, a quiz of 6 questions, 1 practice exercise.");
        _click(publish.publishButton());

        assertThat(publish.message()).startsWith("Published");
        assertThat(quizzes.quiz("every-type").orElseThrow().questions()).hasSize(6);
        assertThat(quizzes.exercises("every-type", "quote").orElseThrow().questions()).hasSize(1);
        assertThat(lessons.reading("every-type")).isPresent();

        _click(publish.unpublishButton());
        assertThat(lessons.reading("every-type")).isEmpty();
        assertThat(publish.message()).startsWith("Unpublished");
    }

    @Test
    void what_the_reader_still_finds_wrong_with_a_question_is_shown_when_it_is_saved() {
        lesson("half-question");
        ui().navigate("teacher/lessons/half-question/questions");
        QuestionsEditorView view = startQuestion(QuestionType.SINGLE, QuestionPlace.QUIZ, "Who?");
        ChoiceBody single = (ChoiceBody) view.form().body();
        _setValue(single.rows().get(0).text(), "TASS");
        _setValue(single.rows().get(1).text(), "AFP");
        _click(view.form().saveButton());

        assertThat(view.problems()).isEqualTo("Saved as a draft. It cannot be published until this is done:"
                + " Question q-who: a single choice needs exactly one option with correct: true, not 0 (use type:"
                + " multiple for more).");
    }

    @Test
    void an_empty_part_of_a_question_is_named_in_the_words_of_the_form() {
        assertThat(QuestionsEditorView.plain("\"prompt\" in question q is empty"))
                .isEqualTo("Write the question's prompt (what the student is asked).");
        assertThat(QuestionsEditorView.plain("\"text\" in question q-who, option 2 is empty"))
                .isEqualTo("Write the text of option 2.");
        assertThat(QuestionsEditorView.plain("question q-why has no \"explanation\""))
                .isEqualTo("Write the explanation students read after answering.");
    }

    @Test
    void a_lesson_with_problems_is_not_published_and_the_problems_name_file_and_line() {
        drafts.create("not-ready", new ArticleDetails("Ministers meet", "Daily", "", "", ""),
                ArticleAndAnnotationEditorTest.PASTED);
        ui().navigate("teacher/lessons/not-ready/publish");
        PublishView publish = _get(PublishView.class);

        assertThat(publish.checkArea().getElement().getTextRecursively())
                .contains("not-ready/lesson.yaml, line 1: The lesson has no steps.");
        assertThat(publish.publishButton().isEnabled()).isFalse();
    }

    @Test
    void when_someone_else_saved_first_the_teacher_is_told_and_keeps_what_they_typed() {
        Draft draft = lesson("saved-twice");
        ui().navigate("teacher/lessons/saved-twice/steps");
        StepsEditorView view = _get(StepsEditorView.class);
        _setValue(view.form().titleField(), "Ada's new step");
        _setValue(view.form().textField(), "Ada's long teaching text.");

        Authentication ada = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken("grace", null, List.of()));
        DraftChange grace = drafts.saveStep("saved-twice", draft.version(), null,
                new DraftStep("", "Grace's step", Lens.SOURCE, "", List.of(), List.of()));
        SecurityContextHolder.getContext().setAuthentication(ada);
        assertThat(grace.saved()).isTrue();

        _click(view.form().saveButton());

        assertThat(view.header().notice()).isEqualTo("Someone else saved this lesson while you were editing. Your changes"
                + " were not saved: copy them, reload, and apply them again.");
        assertThat(view.form().titleField().getValue()).isEqualTo("Ada's new step");
        assertThat(view.form().textField().getValue()).isEqualTo("Ada's long teaching text.");
        assertThat(drafts.open("saved-twice").orElseThrow().content().steps()).extracting(DraftStep::title)
                .containsExactly("Quotes", "Grace's step");
        assertThat(drafts.open("saved-twice").orElseThrow().updatedBy()).isEqualTo("grace");
    }

    @Test
    void an_uploaded_folder_with_a_mistake_is_refused_with_its_file_and_line() {
        ui().navigate("teacher/import");
        ImportView view = _get(ImportView.class);
        LessonSource broken = new LessonSource("broken-upload", "[headline]\nMinisters meet\n",
                "slug: broken-upload\ntitle: Broken\nminutes: ten\narticle:\n  title: T\n  outlet: O\nsteps:\n"
                        + "  - id: s\n    title: S\n    lens: quote\n");

        view.importZip(org.closeread.authoring.LessonZipAccess.write(broken));

        assertThat(view.results().getElement().getTextRecursively())
                .contains("broken-upload: Not imported", "broken-upload/lesson.yaml, line 3: \"minutes\" must be a whole"
                        + " number, not \"ten\"");
    }
}
