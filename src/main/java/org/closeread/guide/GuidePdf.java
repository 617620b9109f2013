package org.closeread.guide;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.List;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.closeread.lesson.GlossaryTerm;

/**
 * The teacher's guide as a PDF (OpenPDF), with the same content as {@link GuideHtml}. Uses DejaVu Sans
 * where the system has it, so curly quotes and dashes print; otherwise the built-in Helvetica.
 * Markdown marks in explanations are printed as plain text.
 */
public final class GuidePdf {

    private static final Color BLUE = new Color(0x1a, 0x56, 0xb8);
    private static final String[] FONT_FILES = {
            "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans.ttf"};
    private static final String[] BOLD_FILES = {
            "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf"};

    private final Font body;
    private final Font bold;
    private final Font small;
    private final Font title;
    private final Font heading;

    private GuidePdf() {
        BaseFont regular = font(FONT_FILES, BaseFont.HELVETICA);
        BaseFont strong = font(BOLD_FILES, BaseFont.HELVETICA_BOLD);
        body = new Font(regular, 10);
        bold = new Font(strong, 10);
        small = new Font(regular, 8.5f, Font.NORMAL, Color.DARK_GRAY);
        title = new Font(strong, 18);
        heading = new Font(strong, 13, Font.NORMAL, BLUE);
    }

    private static BaseFont font(String[] files, String fallback) {
        try {
            for (String file : files) {
                if (Files.isReadable(Path.of(file))) {
                    return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
                }
            }
            return BaseFont.createFont(fallback, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] of(TeacherGuide guide, Words words) {
        return new GuidePdf().write(guide, words);
    }

    private byte[] write(TeacherGuide guide, Words words) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(words.get("guide.page-title", guide.title()));
            document.addCreator("CloseRead");
            document.open();
            document.add(new Paragraph(words.get("guide.kicker"), small));
            document.add(new Paragraph(guide.title(), title));
            document.add(new Paragraph(guide.articleTitle() + " · " + guide.outlet()
                    + (guide.date().isEmpty() ? "" : " · " + guide.date()), small));

            heading(document, words.get("guide.objectives"));
            document.add(bullets(guide.objectives(), false));

            heading(document, words.get("guide.paths"));
            document.add(new Paragraph(guide.twoPaths()
                    ? words.get("guide.paths.two", guide.core().roundedMinutes(), guide.full().roundedMinutes(), guide.minutes())
                    : words.get("guide.paths.one", guide.full().roundedMinutes(), guide.minutes()), body));
            document.add(new Paragraph(words.get("guide.timing", GuideHtml.number(guide.timing().wordsPerMinute()),
                    GuideHtml.number(guide.timing().perQuestion())) + " " + guide.timing().note(), small));
            document.add(steps(guide, words));

            heading(document, words.get("guide.answer-key"));
            document.add(new Paragraph(words.get("guide.answer-key.intro"), small));
            keys(document, guide.quiz(), words);
            if (!guide.exercises().isEmpty()) {
                Paragraph sub = new Paragraph(words.get("guide.exercises"), bold);
                sub.setSpacingBefore(8);
                document.add(sub);
                keys(document, guide.exercises(), words);
            }
            if (!guide.discussion().isEmpty()) {
                heading(document, words.get("guide.discussion"));
                document.add(bullets(guide.discussion().stream().map(GuidePdf::plain).toList(), true));
            }
            if (!guide.notes().support().isEmpty() || !guide.notes().stretch().isEmpty()) {
                heading(document, words.get("guide.differentiation"));
                document.add(new Paragraph(words.get("guide.support"), bold));
                document.add(bullets(guide.notes().support(), false));
                document.add(new Paragraph(words.get("guide.stretch"), bold));
                document.add(bullets(guide.notes().stretch(), false));
            }
            if (!guide.notes().note().isEmpty()) {
                heading(document, words.get("guide.note"));
                document.add(new Paragraph(plain(guide.notes().note()), body));
            }
            if (!guide.glossary().isEmpty()) {
                heading(document, words.get("glossary.heading"));
                for (GlossaryTerm term : guide.glossary()) {
                    Paragraph p = new Paragraph();
                    p.add(new Chunk(term.term() + ": ", bold));
                    p.add(new Chunk(term.definition(), body));
                    document.add(p);
                }
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("the teacher's guide could not be written as a PDF", e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
        return out.toByteArray();
    }

    private void heading(Document document, String text) {
        Paragraph p = new Paragraph(text, heading);
        p.setSpacingBefore(12);
        p.setSpacingAfter(4);
        document.add(p);
    }

    private List bullets(java.util.List<String> items, boolean numbered) {
        List list = new List(numbered, 12);
        items.forEach(i -> list.add(new ListItem(i, body)));
        return list;
    }

    private PdfPTable steps(TeacherGuide guide, Words words) {
        PdfPTable table = new PdfPTable(new float[] {6, 2, 2});
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setHeaderRows(1);
        header(table, words.get("guide.step"));
        header(table, words.get("guide.core-minutes"));
        header(table, words.get("guide.full-minutes"));
        row(table, words.get("guide.article-reading", guide.core().articleWords()),
                GuideHtml.rounded(guide.core().articleMinutes()), GuideHtml.rounded(guide.full().articleMinutes()), body);
        for (TeacherGuide.StepRow step : guide.steps()) {
            row(table, step.title() + " (" + step.lens() + ")", step.coreMinutes().map(String::valueOf)
                    .orElse(words.get("guide.extension-only")), String.valueOf(step.fullMinutes()), body);
        }
        row(table, words.get("guide.quiz-row", guide.core().quizQuestions(), guide.full().quizQuestions()),
                GuideHtml.rounded(guide.core().quizMinutes()), GuideHtml.rounded(guide.full().quizMinutes()), body);
        row(table, words.get("guide.total"), String.valueOf(guide.core().roundedMinutes()),
                String.valueOf(guide.full().roundedMinutes()), bold);
        return table;
    }

    private void header(PdfPTable table, String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, bold));
        cell.setBackgroundColor(new Color(0xe8, 0xee, 0xf8));
        cell.setPadding(4);
        table.addCell(cell);
    }

    private void row(PdfPTable table, String label, String core, String full, Font font) {
        for (String text : new String[] {label, core, full}) {
            PdfPCell cell = new PdfPCell(new Phrase(text, font));
            cell.setPadding(4);
            if (!text.equals(label)) {
                cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
            }
            table.addCell(cell);
        }
    }

    private void keys(Document document, java.util.List<TeacherGuide.Key> keys, Words words) {
        int n = 1;
        for (TeacherGuide.Key key : keys) {
            Paragraph prompt = new Paragraph();
            prompt.setSpacingBefore(6);
            prompt.add(new Chunk(n++ + ". ", bold));
            prompt.add(new Chunk(key.prompt(), body));
            StringBuilder tags = new StringBuilder("  [");
            if (!key.where().isEmpty()) {
                tags.append(key.where()).append(" · ");
            }
            tags.append(words.get(key.extension() ? "guide.tag.extension" : "guide.tag.core"));
            if (key.discernment()) {
                tags.append(" · ").append(words.get("guide.tag.discernment"));
            }
            if (key.transfer()) {
                tags.append(" · ").append(words.get("guide.tag.transfer"));
            }
            prompt.add(new Chunk(tags.append("]").toString(), small));
            prompt.setKeepTogether(true);
            document.add(prompt);
            Paragraph answer = new Paragraph();
            answer.setIndentationLeft(12);
            answer.add(new Chunk(words.get("guide.answer") + " ", bold));
            answer.add(new Chunk(String.join(" · ", key.answer().stream()
                    .map(a -> GuideHtml.answerWord(a, key, words)).toList()), body));
            document.add(answer);
            Paragraph explanation = new Paragraph(plain(key.explanation()), small);
            explanation.setIndentationLeft(12);
            document.add(explanation);
        }
    }

    /** Markdown as plain text: emphasis marks and link targets dropped. */
    static String plain(String markdown) {
        return markdown.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1").replaceAll("(\\*\\*|__|\\*|_)(\\S[^*_]*?\\S|\\S)\\1", "$2")
                .replaceAll("\\s+", " ").strip();
    }
}
