package org.closeread.exchange.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.closeread.KaribuTest;
import org.closeread.authoring.ArticleDetails;
import org.closeread.authoring.Draft;
import org.closeread.authoring.DraftQuestion;
import org.closeread.authoring.DraftService;
import org.closeread.exchange.ExchangeFormat;
import org.closeread.exchange.QuizExchangeService;
import org.closeread.quiz.QuestionType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The quiz export and import page, and imports into a draft through the service. */
class QuizExchangeViewTest extends KaribuTest {

    private static final String FIRST = "china-russia-defence-ministers";

    @Autowired
    DraftService drafts;

    @Autowired
    QuizExchangeService exchange;

    @Override
    protected Set<Class<? extends Component>> views() {
        return Set.of(QuizExchangeView.class);
    }

    @BeforeEach
    void teacher() {
        login("ada", "TEACHER");
    }

    private Draft newLesson(String slug) {
        return drafts.create(slug, new ArticleDetails("Ministers meet", "Daily", "", "", ""),
                "Ministers meet in Astana\n\n“We agree on everything,” Dong Jun said.\n");
    }

    private List<String> paragraphs() {
        return _find(Paragraph.class).stream().map(Paragraph::getText).toList();
    }

    @Test
    void a_gift_file_uploaded_on_the_page_becomes_questions_at_the_end_of_the_drafts_quiz() {
        newLesson("gift-import");
        UI.getCurrent().navigate("teacher/lessons/gift-import/quiz-exchange");
        QuizExchangeView view = _get(QuizExchangeView.class);
        assertThat(paragraphs()).contains(view.getTranslation("exchange.download.empty"));

        String gift = """
                ::who-said::Who said "We agree on everything"? {=Dong Jun#Right.~Antony Blinken#He did not.####He is quoted.}

                ::said-in-astana::They met in Astana.{T####The dateline says so.}

                ::capital::Capital? {=Astana =astana}
                """;
        view.importFile("questions.gift.txt", gift.getBytes(StandardCharsets.UTF_8));

        List<DraftQuestion> quiz = drafts.open("gift-import").orElseThrow().content().quiz().orElseThrow().questions();
        assertThat(quiz).extracting(DraftQuestion::id).containsExactly("who-said", "said-in-astana");
        assertThat(quiz).extracting(DraftQuestion::type).containsExactly(QuestionType.SINGLE, QuestionType.TRUE_FALSE);
        assertThat(paragraphs()).contains(view.getTranslation("exchange.import.added.many", 2),
                view.getTranslation("exchange.import.skipped"));

        UI.getCurrent().navigate("teacher/lessons/gift-import/quiz-exchange");
        assertThat(_find(Anchor.class)).extracting(Anchor::getHref)
                .contains("api/teacher/lessons/gift-import/quiz/gift", "api/teacher/lessons/gift-import/quiz/qti",
                        "api/teacher/lessons/gift-import/quiz/moodle-xml");
    }

    @Test
    void the_first_lessons_quiz_goes_out_as_moodle_xml_and_comes_into_another_lesson_whole() {
        int questions = drafts.content(FIRST).orElseThrow().quiz().orElseThrow().questions().size();
        byte[] xml = exchange.export(FIRST, ExchangeFormat.MOODLE_XML).orElseThrow();
        Draft target = newLesson("moodle-import");

        QuizExchangeService.ImportOutcome outcome = exchange.importInto("moodle-import", target.version(),
                "quiz.xml", xml);

        assertThat(outcome.saved()).isTrue();
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.added()).hasSize(questions);
        assertThat(drafts.open("moodle-import").orElseThrow().content().quiz().orElseThrow().questions())
                .hasSize(questions);
    }

    @Test
    void an_import_on_an_old_version_or_of_an_empty_file_changes_nothing() {
        Draft draft = newLesson("stale-import");
        byte[] gift = "::a::Yes? {T}".getBytes(StandardCharsets.UTF_8);
        assertThat(exchange.importInto("stale-import", draft.version(), "a.gift", gift).saved()).isTrue();

        QuizExchangeService.ImportOutcome stale = exchange.importInto("stale-import", draft.version(), "a.gift", gift);
        assertThat(stale.saved()).isFalse();
        assertThat(stale.problems()).singleElement().asString().contains("Someone else saved this lesson");

        QuizExchangeService.ImportOutcome empty = exchange.importInto("stale-import", stale.draft().version(),
                "b.gift", "// nothing here\n".getBytes(StandardCharsets.UTF_8));
        assertThat(empty.saved()).isFalse();
        assertThat(empty.problems()).containsExactly("The file holds no question. Nothing was imported.");
        assertThat(drafts.open("stale-import").orElseThrow().content().quiz().orElseThrow().questions()).hasSize(1);
    }
}
