package org.closeread.authoring.ui;

import org.closeread.base.ui.Translations;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.closeread.authoring.Draft;
import org.closeread.authoring.DraftStatus;
import org.closeread.authoring.LessonCheck;
import org.closeread.authoring.LessonExchangeService;
import org.closeread.authoring.PublishResult;
import org.closeread.authoring.PublishService;
import org.closeread.base.ui.MainLayout;
import org.closeread.lesson.LessonProblem;
import org.closeread.security.TeacherAccountService;

/**
 * Checking, previewing, publishing and unpublishing a lesson, and downloading its files. The check is
 * the lesson file reader's: every problem names its file and line.
 */
@Route(value = "teacher/lessons/:slug/publish", layout = MainLayout.class)
@PageTitle("Preview and publish — CloseRead")
@RolesAllowed(TeacherAccountService.TEACHER_ROLE)
class PublishView extends Div implements BeforeEnterObserver {

    private final PublishService publishing;
    private final Div check = new Div();
    private final Button publish = new Button(Translations.text("authoring.publish-view.publish"));
    private final Button unpublish = new Button(Translations.text("authoring.publish-view.unpublish"));
    private final Paragraph message = new Paragraph();
    private final Div files = new Div();
    private EditorHeader header;
    private Draft draft;

    PublishView(PublishService publishing) {
        this.publishing = publishing;
        addClassNames("teacher-view", "editor-view");
        publish.setId("publish-lesson");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(click -> show(publishing.publish(draft.slug(), draft.version())));
        unpublish.addThemeVariants(ButtonVariant.LUMO_ERROR);
        unpublish.addClickListener(click -> {
            draft = publishing.unpublish(draft.slug());
            message.setText(Translations.text("authoring.publish-view.unpublished-students-no-longer"));
            refresh();
        });
        message.addClassName("form-message");
        message.getElement().setAttribute("role", "status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        removeAll();
        Optional<Draft> found = publishing.draft(slug);
        if (found.isEmpty()) {
            add(new H1(Translations.text("authoring.publish-view.lesson-not-found")));
            return;
        }
        draft = found.get();
        header = new EditorHeader(slug, EditorHeader.Section.PUBLISH);
        Anchor previewLesson = new Anchor("teacher/preview/" + slug, Translations.text("authoring.preview.lesson"));
        Anchor previewQuiz = new Anchor("teacher/preview/" + slug + "/quiz", Translations.text("authoring.preview.quiz"));
        Anchor download = new Anchor(LessonExchangeService.exportPath(slug), Translations.text("authoring.download"));
        download.getElement().setAttribute("router-ignore", true);
        download.getElement().setAttribute("download", LessonExchangeService.fileName(slug));
        Div links = new Div(previewLesson, previewQuiz, download);
        links.addClassName("preview-links");
        Div buttons = new Div(publish, unpublish);
        buttons.addClassName("form-buttons");
        message.setText("");
        add(header, new H2(Translations.text("authoring.publish-view.check")), check, links, buttons, message, new H2(Translations.text("authoring.publish-view.the-lesson-files")), files);
        refresh();
    }

    private void show(PublishResult result) {
        draft = result.draft();
        if (result.conflict()) {
            header.showConflict();
        } else if (result.published()) {
            message.setText(Translations.text("publish.done", draft.slug()));
        } else {
            message.setText(Translations.text("authoring.publish-view.not-published-fix-the"));
        }
        refresh();
    }

    private void refresh() {
        header.show(draft);
        LessonCheck found = publishing.check(draft.slug());
        check.removeAll();
        if (found.sound()) {
            var lesson = found.lesson().orElseThrow();
            check.add(new Paragraph(Translations.text("publish.ready", lesson.lesson().lesson().steps().size(),
                    lesson.lesson().article().annotations().size(),
                    lesson.quizzes().quiz().map(q -> q.questions().size()).orElse(0),
                    lesson.quizzes().exercises().values().stream().mapToInt(List::size).sum())));
        } else {
            check.add(new Paragraph(Translations.text("authoring.publish-view.before-this-lesson-can")));
            UnorderedList problems = new UnorderedList();
            problems.addClassName("lesson-problems");
            for (LessonProblem problem : found.problems()) {
                // Where in the file (for the teacher who reads it below), then what to do, in the form's words.
                String what = QuestionsEditorView.plain(Translations.text(problem.words().key(), problem.words().arguments()));
                problems.add(new ListItem(problem.line() > 0 ? Translations.text("publish.problem.line", problem.file(), problem.line(), what)
                        : Translations.text("publish.problem", problem.file(), what)));
            }
            check.add(problems);
        }
        publish.setEnabled(found.sound() && draft.status() != DraftStatus.PUBLISHED);
        unpublish.setVisible(draft.status() == DraftStatus.PUBLISHED || draft.status() == DraftStatus.CHANGED);
        files.removeAll();
        files.add(file("article.txt", draft.files().articleText()), file("lesson.yaml", draft.files().lessonYaml()));
    }

    /** A file with line numbers, so a problem's line can be found; shown as text, never as HTML. */
    private static Details file(String name, String text) {
        List<String> lines = text.lines().toList();
        int width = String.valueOf(lines.size()).length();
        String numbered = IntStream.range(0, lines.size())
                .mapToObj(i -> String.format("%" + width + "d  %s", i + 1, lines.get(i)))
                .collect(Collectors.joining("\n"));
        Pre pre = new Pre(numbered);
        pre.addClassName("lesson-file");
        return new Details(name, pre);
    }

    Button publishButton() {
        return publish;
    }

    Button unpublishButton() {
        return unpublish;
    }

    String message() {
        return message.getText();
    }

    Div checkArea() {
        return check;
    }

    EditorHeader header() {
        return header;
    }
}
