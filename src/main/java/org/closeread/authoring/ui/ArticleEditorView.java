package org.closeread.authoring.ui;

import org.closeread.base.ui.Translations;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.closeread.article.BlockKind;
import org.closeread.authoring.Draft;
import org.closeread.authoring.DraftBlock;
import org.closeread.authoring.DraftChange;
import org.closeread.authoring.DraftService;
import org.closeread.authoring.DraftStatus;
import org.closeread.authoring.LessonDraft;
import org.closeread.base.ui.MainLayout;
import org.closeread.security.TeacherAccountService;

/**
 * The lesson's details, the article's details and its blocks: the kind of each block (telling article
 * from page furniture), ids for questions to name, and the text itself while it is a draft.
 */
@Route(value = "teacher/lessons/:slug/article", layout = MainLayout.class)
@PageTitle("Article — CloseRead")
@RolesAllowed(TeacherAccountService.TEACHER_ROLE)
class ArticleEditorView extends Div implements BeforeEnterObserver {

    private final DraftService drafts;
    private final LessonDetailsForm lesson = new LessonDetailsForm();
    private final ArticleDetailsForm article = new ArticleDetailsForm();
    private final Div blockList = new Div();
    private final List<BlockRow> rows = new ArrayList<>();
    private final Paragraph blocksMessage = new Paragraph();
    private final Button save = new Button(Translations.text("authoring.article-editor-view.save-the-article-and"));
    private EditorHeader header;
    private Draft draft;

    ArticleEditorView(DraftService drafts) {
        this.drafts = drafts;
        addClassNames("teacher-view", "editor-view");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        blockList.addClassName("block-list");
        blocksMessage.addClassName("form-message");
        blocksMessage.getElement().setAttribute("role", "status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        Optional<Draft> found = EditorHeader.open(drafts, slug, this);
        if (found.isEmpty()) {
            return;
        }
        draft = found.get();
        header = new EditorHeader(slug, EditorHeader.Section.ARTICLE);
        header.show(draft);
        lesson.setValue(draft.content());
        article.setValue(draft.content().article());
        rows.clear();
        draft.content().blocks().forEach(this::addRow);
        Button addBlock = new Button(Translations.text("authoring.article-editor-view.add-a-block-at"),
                click -> addRow(new DraftBlock(BlockKind.PARAGRAPH, "", "New paragraph.")));
        Paragraph versions = new Paragraph(draft.status() == DraftStatus.NEW
                ? "Check each block's kind: page furniture (adverts, promos, labels, links) is not part of the"
                + " article. You can still correct the text; once published, it never changes in place."
                : "Students already read the published text. If you change a block's text, publishing makes a new"
                + " version of the article; answers given on the old one keep showing and scoring as they were.");
        versions.addClassName("editor-hint");
        add(header, new H2(Translations.text("authoring.article-editor-view.the-lesson")), lesson, new H2(Translations.text("authoring.article-editor-view.the-article")), article, new H2(Translations.text("authoring.article-editor-view.blocks")), versions,
                blockList, addBlock, blocksMessage, save);
    }

    private void addRow(DraftBlock block) {
        BlockRow[] row = new BlockRow[1];
        row[0] = new BlockRow(block, () -> {
            rows.remove(row[0]);
            blockList.remove(row[0]);
            renumber();
        });
        rows.add(row[0]);
        blockList.add(row[0]);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).setNumber(i + 1);
        }
    }

    private void save() {
        // Every field is checked (no short cut), so each shows its own message at once.
        boolean valid = lesson.isValid() & article.isValid();
        for (BlockRow row : rows) {
            valid &= row.isValid();
        }
        if (!valid) {
            blocksMessage.setText(Translations.text("authoring.article-editor-view.some-fields-need-attention"));
            return;
        }
        List<DraftBlock> blocks = rows.stream().map(BlockRow::value).toList();
        Optional<org.closeread.base.Message> problem = LessonDraft.blocksProblem(blocks);
        if (problem.isPresent()) {
            blocksMessage.setText(Checks.text(problem.get()));
            return;
        }
        DraftChange change = drafts.saveLesson(draft.slug(), draft.version(), lesson.title(), lesson.level(),
                lesson.minutes(), lesson.objectives(), lesson.glossary(draft.content().plan().glossary()),
                article.value(), blocks);
        if (header.after(change)) {
            draft = change.draft();
            blocksMessage.setText(Translations.text("authoring.article-editor-view.saved"));
        }
    }

    List<BlockRow> rows() {
        return rows;
    }

    LessonDetailsForm lessonForm() {
        return lesson;
    }

    ArticleDetailsForm articleForm() {
        return article;
    }

    Button saveButton() {
        return save;
    }

    EditorHeader header() {
        return header;
    }

    String message() {
        return blocksMessage.getText();
    }
}
