package org.closeread.exchange.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.closeread.authoring.Draft;
import org.closeread.authoring.DraftService;
import org.closeread.base.ui.MainLayout;
import org.closeread.exchange.ExchangeFormat;
import org.closeread.exchange.QuizExchangeService;
import org.closeread.security.TeacherAccountService;

/**
 * A lesson's quiz out and in: download it as Moodle XML, GIFT or a QTI 3.0 package, and import
 * Moodle XML or GIFT questions into the draft's quiz.
 */
@Route(value = "teacher/lessons/:slug/quiz-exchange", layout = MainLayout.class)
@RolesAllowed(TeacherAccountService.TEACHER_ROLE)
public class QuizExchangeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final DraftService drafts;
    private final QuizExchangeService exchange;
    private final Div results = new Div();
    private Draft draft;

    QuizExchangeView(DraftService drafts, QuizExchangeService exchange) {
        this.drafts = drafts;
        this.exchange = exchange;
        addClassNames("teacher-view", "editor-view");
        results.addClassName("import-results");
        results.getElement().setAttribute("aria-live", "polite");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exchange.title") + " — CloseRead";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        Optional<Draft> found = drafts.open(slug);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class, "No lesson " + slug);
            return;
        }
        draft = found.get();
        removeAll();
        Anchor back = new Anchor("teacher/lessons/" + slug + "/questions", getTranslation("exchange.back"));
        back.addClassName("back-link");
        String title = draft.content().title().isEmpty() ? slug : draft.content().title();
        add(back, new H1(getTranslation("exchange.heading", title)));

        add(new H2(getTranslation("exchange.download.heading")));
        if (exchange.export(slug, ExchangeFormat.GIFT).isEmpty()) {
            add(new Paragraph(getTranslation("exchange.download.empty")));
        } else {
            UnorderedList downloads = new UnorderedList();
            for (ExchangeFormat format : ExchangeFormat.values()) {
                Anchor link = new Anchor("api/teacher/lessons/" + slug + "/quiz/" + format.id(),
                        getTranslation("exchange.download." + format.id()));
                link.getElement().setAttribute("download", format.fileName(slug));
                link.setId("download-" + format.id());
                downloads.add(new ListItem(link));
            }
            add(new Paragraph(getTranslation("exchange.download.text")), downloads,
                    new Paragraph(getTranslation("exchange.download.highlight")));
        }

        add(new H2(getTranslation("exchange.import.heading")),
                new Paragraph(getTranslation("exchange.import.text")));
        Upload upload = new Upload(new LimitedUpload());
        upload.setAcceptedFileTypes(".xml", ".txt", ".gift", "text/plain", "application/xml", "text/xml");
        upload.setMaxFileSize(QuizExchangeService.MAX_IMPORT_BYTES);
        upload.setMaxFiles(1);
        add(upload, results);
    }

    private final class LimitedUpload implements UploadHandler {

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            byte[] bytes;
            try (InputStream in = event.getInputStream()) {
                bytes = in.readNBytes(QuizExchangeService.MAX_IMPORT_BYTES + 1);
            }
            String name = event.getFileName();
            event.getUI().access(() -> importFile(name, bytes));
        }

        @Override
        public long getFileSizeMax() {
            return QuizExchangeService.MAX_IMPORT_BYTES;
        }

        @Override
        public long getRequestSizeMax() {
            return QuizExchangeService.MAX_IMPORT_BYTES + 64 * 1024;
        }
    }

    /** What an upload does; tests call it without a browser. */
    void importFile(String fileName, byte[] bytes) {
        QuizExchangeService.ImportOutcome outcome = exchange.importInto(draft.slug(), draft.version(), fileName,
                bytes);
        draft = outcome.draft();
        results.removeAll();
        if (outcome.saved()) {
            int count = outcome.added().size();
            results.add(new Paragraph(count == 1 ? getTranslation("exchange.import.added.one")
                    : getTranslation("exchange.import.added.many", count)));
            UnorderedList added = new UnorderedList();
            outcome.added().forEach(id -> added.add(new ListItem(id)));
            results.add(added);
            Anchor edit = new Anchor("teacher/lessons/" + draft.slug() + "/questions",
                    getTranslation("exchange.import.edit"));
            results.add(new Paragraph(edit));
        } else {
            results.add(new Paragraph(getTranslation("exchange.import.nothing")));
        }
        if (!outcome.problems().isEmpty()) {
            UnorderedList problems = new UnorderedList();
            problems.addClassName("import-problems");
            outcome.problems().forEach(problem -> problems.add(new ListItem(problem)));
            results.add(new Paragraph(getTranslation("exchange.import.skipped")), problems);
        }
    }
}
