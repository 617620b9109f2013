package org.closeread.authoring.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.closeread.ClientInput._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Set;
import org.closeread.KaribuTest;
import org.closeread.article.BlockKind;
import org.closeread.article.Lens;
import org.closeread.authoring.ArticleDetails;
import org.closeread.authoring.DraftAnnotation;
import org.closeread.authoring.DraftBlock;
import org.closeread.authoring.DraftService;
import org.closeread.authoring.DraftStep;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Adding an article, correcting its blocks, annotating it by marking words, and suggestions, in the editors. */
class ArticleAndAnnotationEditorTest extends KaribuTest {

    static final String PASTED = "Advertisement\n\nMinisters meet in Astana\n\n"
            + "“We agree on everything,” Dong Jun said, according to the TASS news agency.\n\nRead more\n";

    @Autowired
    DraftService drafts;

    @Override
    protected Set<Class<? extends Component>> views() {
        return Set.of(NewLessonView.class, ArticleEditorView.class, AnnotationEditorView.class, StepsEditorView.class);
    }

    @BeforeEach
    void teacher() {
        login("ada", "TEACHER");
    }

    private String paragraph(String slug) {
        return drafts.open(slug).orElseThrow().content().blocks().get(2).text();
    }

    @Test
    void a_teacher_pastes_an_article_checks_the_block_kinds_and_saves() {
        ui().navigate("teacher/new");
        NewLessonView form = _get(NewLessonView.class);
        _setValue(form.details().titleField(), "Ministers meet in Astana");
        _setValue(form.details().outletField(), "Daily");
        assertThat(form.slugField().getValue()).isEqualTo("ministers-meet-in-astana");
        _setValue(form.slugField(), "pasted-in-editor");
        _setValue(form.textField(), PASTED);
        _click(form.createButton());

        ArticleEditorView editor = _get(ArticleEditorView.class);
        assertThat(editor.rows()).extracting(row -> row.value().kind()).containsExactly(BlockKind.FURNITURE,
                BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.FURNITURE);
        _setValue(editor.rows().get(1).kindField(), BlockKind.HEADLINE);
        _setValue(editor.rows().get(1).idField(), "headline");
        _click(editor.saveButton());

        assertThat(editor.message()).isEqualTo("Saved.");
        List<DraftBlock> blocks = drafts.open("pasted-in-editor").orElseThrow().content().blocks();
        assertThat(blocks.get(1)).isEqualTo(new DraftBlock(BlockKind.HEADLINE, "headline", "Ministers meet in Astana"));
    }

    @Test
    void a_taken_address_and_text_the_format_cannot_hold_are_refused_before_anything_is_saved() {
        ui().navigate("teacher/new");
        NewLessonView form = _get(NewLessonView.class);
        _setValue(form.details().titleField(), "Anything");
        _setValue(form.details().outletField(), "Daily");
        _setValue(form.slugField(), "china-russia-defence-ministers");
        _setValue(form.textField(), "%50 said yes");
        _click(form.createButton());

        assertThat(form.slugField().isInvalid()).isTrue();
        assertThat(form.textField().getErrorMessage()).startsWith("Line 1 starts with %");
        assertThat(_get(NewLessonView.class)).isSameAs(form);
    }

    @Test
    void split_into_blocks_with_nothing_pasted_says_so() {
        ui().navigate("teacher/new");
        NewLessonView form = _get(NewLessonView.class);
        _click(form.createButton());

        assertThat(form.splitMessage()).isEqualTo("There is nothing to split yet: paste the article's text above.");
        _setValue(form.slugField(), "china-russia-defence-ministers");
        _setValue(form.textField(), "Ministers meet in Astana");
        _click(form.createButton());
        assertThat(form.splitMessage()).isEqualTo("Nothing was split yet: correct the fields marked above first.");
        assertThat(_get(NewLessonView.class)).isSameAs(form);
    }

    @Test
    void a_block_with_a_blank_line_is_not_saved_and_says_why() {
        drafts.create("blank-line-block", new ArticleDetails("Title", "Daily", "", "", ""), PASTED);
        ui().navigate("teacher/lessons/blank-line-block/article");
        ArticleEditorView editor = _get(ArticleEditorView.class);

        _setValue(editor.rows().get(2).textField(), "One paragraph.\n\nAnother one.");
        _click(editor.saveButton());

        assertThat(editor.rows().get(2).textField().getErrorMessage()).startsWith("A blank line starts a new block");
        assertThat(editor.message()).isEqualTo("Some fields need attention; nothing was saved.");
    }

    @Test
    void a_teacher_marks_words_chooses_a_lens_fills_its_facts_and_the_annotation_is_listed_under_its_lens() {
        drafts.create("annotated-in-editor", new ArticleDetails("Title", "Daily", "", "", ""), PASTED);
        ui().navigate("teacher/lessons/annotated-in-editor/annotations");
        AnnotationEditorView editor = _get(AnnotationEditorView.class);

        BrowserMarks.send(editor.marker(), BrowserMarks.on(2, paragraph("annotated-in-editor"), "We agree on everything"));
        assertThat(editor.form().marked()).isEqualTo("Marked: “We agree on everything”");
        _setValue(editor.form().lensField(), Lens.QUOTE);
        _setValue(editor.form().fact("speaker"), "Dong Jun");
        _setValue(editor.form().fact("channel"), "TASS");
        _setValue(editor.form().explanationField(), "Dong's words, *relayed* by TASS.");
        _click(editor.form().saveButton());

        assertThat(editor.form().message()).isEqualTo("Saved.");
        DraftAnnotation saved = drafts.open("annotated-in-editor").orElseThrow().content().annotations().get(0);
        assertThat(saved).isEqualTo(new DraftAnnotation("quote-we-agree-on-everything", Lens.QUOTE,
                "We agree on everything", 0, "Dong's words, *relayed* by TASS.",
                java.util.Map.of("speaker", "Dong Jun", "channel", "TASS")));
        assertThat(editor.getElement().getTextRecursively()).contains("Quotes (1)", "“We agree on everything”");
        assertThat(_get(editor, com.vaadin.flow.component.Html.class,
                spec -> spec.withClasses("annotation-explanation")).getInnerHtml())
                .as("the explanation as students read it").contains("<em>relayed</em>").doesNotContain("*");
        String text = paragraph("annotated-in-editor");
        int start = text.indexOf("We agree on everything");
        assertThat(editor.marker().getElement().getPropertyRaw("shown").toString()).as("shown on the article")
                .isEqualTo("[{\"block\":2,\"start\":" + start + ",\"end\":" + (start + 22) + ",\"classes\":\"lens-quote\"}]");
        List<DraftStep> steps = drafts.open("annotated-in-editor").orElseThrow().content().steps();
        assertThat(steps).singleElement().extracting(DraftStep::reveal).isEqualTo(List.of(saved.id()));
    }

    @Test
    void an_annotation_is_edited_with_a_new_span_and_then_deleted() {
        drafts.create("edited-annotation", new ArticleDetails("Title", "Daily", "", "", ""), PASTED);
        ui().navigate("teacher/lessons/edited-annotation/annotations");
        AnnotationEditorView editor = _get(AnnotationEditorView.class);
        String text = paragraph("edited-annotation");
        BrowserMarks.send(editor.marker(), BrowserMarks.on(2, text, "We agree"));
        _setValue(editor.form().explanationField(), "Dong's words.");
        _click(editor.form().saveButton());

        _click(_get(editor, com.vaadin.flow.component.button.Button.class,
                spec -> spec.withAttribute("aria-label", "Edit annotation quote-we-agree")));
        assertThat(editor.marker().getMarks()).containsExactly(BrowserMarks.on(2, text, "We agree"));
        BrowserMarks.send(editor.marker(), BrowserMarks.on(2, text, "We agree"),
                BrowserMarks.on(2, text, "Dong Jun said"));
        _setValue(editor.form().lensField(), Lens.SOURCE);
        _setValue(editor.form().explanationField(), "Dong is the source.");
        _click(editor.form().saveButton());

        DraftAnnotation edited = drafts.open("edited-annotation").orElseThrow().content().annotations().get(0);
        assertThat(edited.text()).isEqualTo("Dong Jun said");
        assertThat(edited.lens()).isEqualTo(Lens.SOURCE);
        assertThat(edited.id()).isEqualTo("quote-we-agree");

        _click(_get(editor, com.vaadin.flow.component.button.Button.class,
                spec -> spec.withAttribute("aria-label", "Delete annotation quote-we-agree")));
        assertThat(drafts.open("edited-annotation").orElseThrow().content().annotations()).isEmpty();
    }

    @Test
    void saving_without_marking_words_asks_for_them() {
        drafts.create("unmarked", new ArticleDetails("Title", "Daily", "", "", ""), PASTED);
        ui().navigate("teacher/lessons/unmarked/annotations");
        AnnotationEditorView editor = _get(AnnotationEditorView.class);

        _setValue(editor.form().explanationField(), "Something.");
        _click(editor.form().saveButton());

        assertThat(editor.form().message()).isEqualTo("Mark the words to annotate first.");
        assertThat(drafts.open("unmarked").orElseThrow().content().annotations()).isEmpty();
    }

    @Test
    void suggestions_come_by_lens_and_accepting_all_of_a_lens_makes_editable_annotations() {
        drafts.create("suggested-in-editor", new ArticleDetails("Title", "Daily", "", "", ""), PASTED);
        ui().navigate("teacher/lessons/suggested-in-editor/annotations");
        AnnotationEditorView editor = _get(AnnotationEditorView.class);

        _click(editor.suggestions().suggestButton());
        String listed = editor.suggestions().list().getElement().getTextRecursively();
        assertThat(listed).contains("Quotes (1)", "Sourcing (");
        _click(_get(editor.suggestions().list(), com.vaadin.flow.component.button.Button.class,
                spec -> spec.withText("Accept this 1 suggestion (quotes)")));

        assertThat(drafts.open("suggested-in-editor").orElseThrow().content().annotations())
                .extracting(DraftAnnotation::lens).containsExactly(Lens.QUOTE);
        assertThat(editor.suggestions().list().getElement().getTextRecursively()).doesNotContain("Quotes (");

        _click(_get(editor.suggestions().list(), com.vaadin.flow.component.button.Button.class,
                spec -> spec.withAttribute("aria-label", "Reject suggestion “Dong Jun said”")));
        assertThat(editor.suggestions().list().getElement().getTextRecursively()).doesNotContain("“Dong Jun said”");
        assertThat(drafts.suggestions("suggested-in-editor")).noneMatch(s -> s.text().equals("Dong Jun said"));
        assertThat(drafts.open("suggested-in-editor").orElseThrow().content().annotations()).hasSize(1);
    }
}
