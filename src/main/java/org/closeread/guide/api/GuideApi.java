package org.closeread.guide.api;

import com.vaadin.flow.i18n.I18NProvider;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.closeread.guide.GuideHtml;
import org.closeread.guide.GuidePdf;
import org.closeread.guide.TeacherGuides;
import org.closeread.guide.Words;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/teacher/lessons/{slug}/guide}: the teacher's guide as a printable page;
 * {@code GET /api/teacher/lessons/{slug}/guide.pdf}: the same as a PDF. Teachers only (the security
 * configuration guards {@code /api/teacher/**}); the answer key never reaches a student.
 */
@RestController
class GuideApi {

    private final TeacherGuides guides;
    private final Words words;

    GuideApi(TeacherGuides guides, I18NProvider i18n) {
        this.guides = guides;
        this.words = (key, args) -> i18n.getTranslation(key, Locale.ENGLISH, args);
    }

    @GetMapping("/api/teacher/lessons/{slug}/guide")
    ResponseEntity<String> page(@PathVariable String slug) {
        return guides.guide(slug).map(guide -> ResponseEntity.ok()
                        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                        .body(GuideHtml.document(guide, words, pdfPath(slug))))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }

    @GetMapping("/api/teacher/lessons/{slug}/guide.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String slug) {
        return guides.guide(slug).map(guide -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_PDF)
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename(slug + "-teachers-guide.pdf").build().toString())
                        .body(GuidePdf.of(guide, words)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }

    /** Where a guide's PDF is downloaded. */
    static String pdfPath(String slug) {
        return "/api/teacher/lessons/" + slug + "/guide.pdf";
    }
}
