package org.closeread.authoring.ui;

import org.closeread.base.ui.Translations;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import jakarta.annotation.security.RolesAllowed;
import org.closeread.authoring.FolderImport;
import org.closeread.authoring.ImportReport;
import org.closeread.authoring.LessonExchangeService;
import org.closeread.base.ui.MainLayout;
import org.closeread.lesson.LessonProblem;
import org.closeread.security.TeacherAccountService;

/**
 * Importing lesson folders from a zip (as exported, or as in {@code lessons/}): each sound folder
 * becomes a draft; a broken one is refused with its problems by file and line.
 */
@Route(value = "teacher/import", layout = MainLayout.class)
@PageTitle("Import lesson files — CloseRead")
@RolesAllowed(TeacherAccountService.TEACHER_ROLE)
class ImportView extends Div {

    static final int MAX_UPLOAD_BYTES = LessonExchangeService.MAX_UPLOAD_BYTES;
    /** Its one parameter: the largest zip in whole megabytes. */
    static final String TOO_LARGE = "import.too-large";

    private final LessonExchangeService exchange;
    private final Checkbox replace = new Checkbox(Translations.text("authoring.import-view.replace-drafts-of-lessons"));
    private final Div results = new Div();

    ImportView(LessonExchangeService exchange) {
        this.exchange = exchange;
        addClassNames("teacher-view", "editor-view");
        Anchor back = new Anchor("teacher", Translations.text("authoring.back-to-lessons"));
        back.addClassName("back-link");
        Upload upload = new Upload(new LimitedUpload());
        upload.setAcceptedFileTypes("application/zip", ".zip");
        upload.setMaxFileSize(MAX_UPLOAD_BYTES);
        upload.setMaxFiles(1);
        results.addClassName("import-results");
        results.getElement().setAttribute("aria-live", "polite");
        add(back, new H1(Translations.text("authoring.import-view.import-lesson-files")), new Paragraph(Translations.text("authoring.import.intro")),
                replace, upload, results);
    }

    /**
     * The upload, limited on the server (the component's own limit is only in the browser): Vaadin refuses
     * a larger request, and the stream is never read past the limit either way.
     */
    private final class LimitedUpload implements UploadHandler {

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            byte[] bytes;
            try (InputStream in = event.getInputStream()) {
                bytes = in.readNBytes(MAX_UPLOAD_BYTES + 1);
            }
            if (bytes.length > MAX_UPLOAD_BYTES) {
                event.reject(event.getUI().getTranslation(TOO_LARGE, MAX_UPLOAD_BYTES / (1024 * 1024)));
                event.getUI().access(() -> tooLarge());
            } else {
                event.getUI().access(() -> importZip(bytes));
            }
        }

        @Override
        public long getFileSizeMax() {
            return MAX_UPLOAD_BYTES;
        }

        @Override
        public long getRequestSizeMax() {
            return MAX_UPLOAD_BYTES + 64 * 1024;
        }
    }

    void tooLarge() {
        results.removeAll();
        results.add(new Paragraph(Translations.text(TOO_LARGE, MAX_UPLOAD_BYTES / (1024 * 1024))));
    }

    /** What an upload does; tests call it without a browser. */
    void importZip(byte[] zip) {
        show(exchange.importZip(zip, replace.getValue()));
    }

    private void show(ImportReport report) {
        results.removeAll();
        for (LessonProblem problem : report.problems()) {
            results.add(new Paragraph(where(problem)));
        }
        for (FolderImport folder : report.folders()) {
            H3 title = new H3(Translations.text("import.outcome." + folder.outcome().name().toLowerCase(java.util.Locale.ROOT),
                    folder.slug()));
            Div item = new Div(title);
            item.addClassName("import-" + folder.outcome().name().toLowerCase(java.util.Locale.ROOT));
            item.getElement().setAttribute("data-folder", folder.slug());
            if (!folder.problems().isEmpty()) {
                UnorderedList problems = new UnorderedList();
                problems.addClassName("lesson-problems");
                folder.problems().forEach(p -> problems.add(new ListItem(where(p))));
                item.add(problems);
            }
            if (folder.outcome() != FolderImport.Outcome.REFUSED) {
                item.add(new Anchor("teacher/lessons/" + folder.slug() + "/publish", Translations.text("authoring.import.open", folder.slug())));
            }
            results.add(item);
        }
    }

    Checkbox replaceField() {
        return replace;
    }

    Div results() {
        return results;
    }

    /** "file:line: what is wrong", in the teacher's words. */
    static String where(LessonProblem problem) {
        String what = Translations.text(problem.words().key(), problem.words().arguments());
        return problem.line() > 0 ? Translations.text("publish.problem.line", problem.file(), problem.line(), what)
                : Translations.text("publish.problem", problem.file(), what);
    }
}
