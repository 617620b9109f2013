package org.closeread.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.closeread.article.BlockKind;
import org.closeread.article.Lens;
import org.closeread.lesson.LessonFile;
import org.closeread.lesson.LessonFileReader;
import org.closeread.lesson.LessonSource;
import org.closeread.quiz.FeedbackTiming;
import org.closeread.quiz.LessonQuizzes;
import org.closeread.quiz.QuestionType;
import org.closeread.quiz.QuizReader;
import org.closeread.quiz.QuizReading;
import org.junit.jupiter.api.Test;

/** A draft written as files reads back, through the lesson file reader, to the lesson it holds. */
class LessonFileWriterTest {

    private static LessonFile read(LessonSource source) throws Exception {
        return new LessonFileReader(List.of(new QuizReader(q -> { }))).read(source);
    }

    private static LessonQuizzes quizzes(LessonSource source) {
        QuizReading reading = QuizReader.readLesson(source.slug(), source.articleText(), source.lessonYaml());
        assertThat(reading.problems()).isEmpty();
        return reading.quizzes().orElseThrow();
    }

    @Test
    void the_first_lesson_read_as_a_draft_and_written_again_is_the_same_lesson() throws Exception {
        LessonSource original = FirstLesson.source();
        LessonSource written = LessonFileWriter.write(DraftReader.read(original));

        LessonFile before = read(original);
        LessonFile after = read(written);
        assertThat(after.article()).isEqualTo(before.article());
        assertThat(after.lesson()).isEqualTo(before.lesson());
        assertThat(quizzes(written)).isEqualTo(quizzes(original));
    }

    @Test
    void writing_a_draft_read_from_the_app_s_own_files_changes_nothing() {
        LessonSource once = LessonFileWriter.write(DraftReader.read(FirstLesson.source()));

        assertThat(LessonFileWriter.write(DraftReader.read(once))).isEqualTo(once);
    }

    @Test
    void awkward_texts_survive_the_yaml_and_multi_line_texts_read_as_written() throws Exception {
        String awkward = "yes: \"quoted\" # not a comment - 70 & <b>bold</b> ‘curly’ — dash: null";
        DraftQuestion question = new DraftQuestion("q-tf", QuestionType.TRUE_FALSE, awkward, "no", "",
                List.of(), false, "true", "70", List.of(), List.of(), List.of(), List.of(), List.of(), "", List.of());
        LessonDraft draft = new LessonDraft("awkward", "- starts with a dash", "null", 15, List.of("@at", "2024-04-26"),
                new ArticleDetails("Title: with colon", "[outlet]", "2024-04-26", "", "Line one\nLine two"),
                List.of(new DraftBlock(BlockKind.HEADLINE, "", "Ministers meet"),
                        new DraftBlock(BlockKind.PARAGRAPH, "p1", "“We agree,” Dong said.\nA second line.")),
                List.of(new DraftAnnotation("", Lens.QUOTE, "“We agree,”", 0, "**Dong's** words.\n\n- a list",
                        Map.of("speaker", "Dong: Jun"))),
                List.of(new DraftStep("quotes", "Quotes", Lens.QUOTE, "First line.\nSecond: line.",
                        List.of("quote-we-agree"), List.of())),
                Optional.of(new DraftQuiz("Quiz", 60, FeedbackTiming.AT_END, List.of(question))));
        LessonDraft saved = AnnotationEdits.save(draft.withAnnotations(List.of(), draft.steps()), null,
                draft.annotations().get(0));

        LessonSource source = LessonFileWriter.write(saved);
        LessonFile file = read(source);

        assertThat(source.lessonYaml()).contains("text: |-\n      First line.\n      Second: line.");
        assertThat(file.lesson().title()).isEqualTo("- starts with a dash");
        assertThat(file.lesson().level()).isEqualTo("null");
        assertThat(file.lesson().objectives()).containsExactly("@at", "2024-04-26");
        assertThat(file.article().licence()).isEqualTo("Line one\nLine two");
        assertThat(file.article().block(1).text()).isEqualTo("“We agree,” Dong said.\nA second line.");
        assertThat(file.article().annotations().get(0).facts()).containsEntry("speaker", "Dong: Jun");
        assertThat(file.article().annotations().get(0).explanation()).isEqualTo("**Dong's** words.\n\n- a list");
        assertThat(quizzes(source).quiz().orElseThrow().questions().get(0).prompt()).isEqualTo(awkward);
        assertThat(DraftReader.read(source)).isEqualTo(saved);
    }

    @Test
    void an_unfinished_draft_is_written_all_the_same_and_the_reader_names_what_is_missing() {
        LessonDraft draft = new LessonDraft("unfinished", "", "", 30, List.of(), ArticleDetails.empty(),
                List.of(new DraftBlock(BlockKind.PARAGRAPH, "", "Some text.")), List.of(), List.of(), Optional.empty());

        LessonSource source = LessonFileWriter.write(draft);

        assertThat(source.articleText()).isEqualTo("[paragraph]\nSome text.\n");
        assertThat(DraftReader.read(source)).isEqualTo(draft);
        assertThat(QuizReader.readLesson("unfinished", source.articleText(), source.lessonYaml()).problems())
                .extracting(Object::toString)
                .containsExactly("unfinished/lesson.yaml:5: \"title\" in article is empty",
                        "unfinished/lesson.yaml:6: \"outlet\" in article is empty");
    }
}
