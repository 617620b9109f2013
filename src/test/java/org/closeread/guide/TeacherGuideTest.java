package org.closeread.guide;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The teacher's guide of the first lesson, as a model, a page and a PDF; plain Java. */
class TeacherGuideTest {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("vaadin-i18n.translations");
    static final Words WORDS = (key, args) -> args.length == 0 ? BUNDLE.getString(key)
            : new MessageFormat(BUNDLE.getString(key)).format(args);

    private static TeacherGuide firstLesson() throws Exception {
        List<ReadLesson> all = LessonFolders.all();
        return TeacherGuide.of(all.stream().filter(r -> r.lesson().slug().equals("china-russia-defence-ministers"))
                .findFirst().orElseThrow());
    }

    @Test
    void the_guide_holds_objectives_both_paths_with_minutes_and_every_question_with_its_answer() throws Exception {
        TeacherGuide guide = firstLesson();

        assertThat(guide.objectives()).isNotEmpty();
        assertThat(guide.twoPaths()).isTrue();
        assertThat(guide.core().roundedMinutes()).isLessThanOrEqualTo(45);
        assertThat(guide.full().roundedMinutes()).isGreaterThan(guide.core().roundedMinutes());
        assertThat(guide.steps()).anySatisfy(step -> assertThat(step.coreMinutes()).isEmpty());
        assertThat(guide.quiz()).allSatisfy(key -> {
            assertThat(key.answer()).isNotEmpty();
            assertThat(key.explanation()).isNotBlank();
        });
        assertThat(guide.quiz().stream().filter(k -> !k.extension()).count()).isBetween(10L, 14L);
        TeacherGuide.Key owner = guide.exercises().stream().filter(k -> k.id().equals("ex-lateral-owner")).findFirst()
                .orElseThrow();
        assertThat(owner.answer()).containsExactly("Alibaba Group, a Chinese technology company");
        assertThat(guide.discussion()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(guide.notes().support()).isNotEmpty();
        assertThat(guide.notes().stretch()).isNotEmpty();
        assertThat(guide.notes().note()).contains("war");
    }

    @Test
    void a_true_false_answer_and_a_highlight_answer_are_put_in_words() throws Exception {
        TeacherGuide guide = firstLesson();

        TeacherGuide.Key conflict = guide.quiz().stream().filter(k -> k.id().equals("q-invasion-conflict")).findFirst()
                .orElseThrow();
        assertThat(GuideHtml.answerWord(conflict.answer().get(0), conflict, WORDS)).isEqualTo("False");
        TeacherGuide.Key shoigu = guide.quiz().stream().filter(k -> k.id().equals("q-highlight-shoigu")).findFirst()
                .orElseThrow();
        assertThat(shoigu.answer()).anySatisfy(a -> assertThat(a).contains("neocolonial activities"));
    }

    @Test
    void the_page_escapes_the_lesson_s_texts_and_has_a_print_stylesheet() throws Exception {
        TeacherGuide guide = firstLesson();
        TeacherGuide tricky = new TeacherGuide(guide.slug(), "<script>alert(1)</script>", guide.articleTitle(),
                guide.outlet(), guide.date(), List.of("Spot <b>bold</b> claims"), guide.skills(), guide.twoPaths(),
                guide.minutes(), guide.timing(), guide.core(), guide.full(), guide.steps(), guide.quiz(),
                guide.exercises(), guide.discussion(), guide.notes(), guide.glossary());

        String page = GuideHtml.document(tricky, WORDS, "/api/teacher/lessons/x/guide.pdf");

        assertThat(page).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("Spot &lt;b&gt;bold&lt;/b&gt; claims").contains("/styles/teacher-guide.css")
                .contains("Answer key").contains("Discussion prompts").contains("Differentiation")
                .contains("guide.pdf");
    }

    @Test
    void the_pdf_starts_with_the_title_and_holds_the_answer_key() throws Exception {
        TeacherGuide guide = firstLesson();

        byte[] pdf = GuidePdf.of(guide, WORDS);

        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isGreaterThan(2);
        PdfTextExtractor text = new PdfTextExtractor(reader);
        assertThat(text.getTextFromPage(1)).contains("Who speaks, and through whom?").contains("Objectives");
        StringBuilder all = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            all.append(text.getTextFromPage(page));
        }
        assertThat(all.toString()).contains("Answer key").contains("Alibaba Group").contains("Discussion prompts");
        reader.close();
    }
}
