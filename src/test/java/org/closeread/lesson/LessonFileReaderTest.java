package org.closeread.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.closeread.article.Annotation;
import org.closeread.article.BlockKind;
import org.closeread.article.Lens;
import org.closeread.article.TextSpan;
import org.junit.jupiter.api.Test;

class LessonFileReaderTest {

    static final String ARTICLE = """
            [furniture #ad]
            Advertisement

            [headline]
            Ministers meet

            % a comment the reader skips
            [paragraph #p1]
            “We agree,” Dong was quoted by the TASS news agency as saying.

            [furniture]
            Advertisement
            """;

    static final String LESSON = """
            slug: demo
            title: A demo lesson
            minutes: 10
            article:
              title: Ministers meet
              outlet: Daily
              date: 2024-04-26
            annotations:
              - id: quote-dong
                lens: quote
                text: "“We agree,”"
                speaker: Dong Jun
                channel: TASS news agency
                explanation: Dong's words, relayed by TASS.
              - id: ad-2
                lens: anatomy
                text: Advertisement
                occurrence: 2
                part: furniture
                explanation: An advert.
            steps:
              - id: quotes
                title: Who speaks?
                lens: quote
                text: Find the **quotes**.
                reveal: [quote-dong]
              - id: page
                title: Article or page?
                lens: anatomy
                reveal: [ad-2]
            """;

    private final LessonFileReader reader = new LessonFileReader(List.of());

    @Test
    void a_sound_folder_gives_the_article_with_anchored_annotations_and_the_steps() throws Exception {
        LessonFile file = reader.read("demo", ARTICLE, LESSON);

        assertThat(file.article().blocks()).extracting(b -> b.kind()).containsExactly(
                BlockKind.FURNITURE, BlockKind.HEADLINE, BlockKind.PARAGRAPH, BlockKind.FURNITURE);
        assertThat(file.article().block("p1")).isPresent();
        Annotation quote = file.article().annotation("quote-dong").orElseThrow();
        assertThat(quote.span()).isEqualTo(new TextSpan(2, 0, 11));
        assertThat(quote.facts()).containsEntry("speaker", "Dong Jun").containsEntry("channel", "TASS news agency");
        assertThat(file.article().annotation("ad-2").orElseThrow().span().block()).isEqualTo(3);
        assertThat(file.lesson().steps()).extracting(Step::lens).containsExactly(Lens.QUOTE, Lens.ANATOMY);
        assertThat(file.lesson().lenses()).containsExactly(Lens.QUOTE, Lens.ANATOMY);
        assertThat(file.contentHash()).hasSize(64);
    }

    @Test
    void the_same_content_has_the_same_hash_and_a_change_changes_it() throws Exception {
        String first = reader.read("demo", ARTICLE, LESSON).contentHash();

        assertThat(reader.read("demo", ARTICLE, LESSON).contentHash()).isEqualTo(first);
        assertThat(reader.read("demo", ARTICLE, LESSON.replace("minutes: 10", "minutes: 12")).contentHash())
                .isNotEqualTo(first);
    }

    @Test
    void text_not_found_names_the_file_and_line() {
        LessonFileException e = problemsOf(LESSON.replace("text: \"“We agree,”\"", "text: \"We disagree\""));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("demo/lesson.yaml");
            assertThat(p.line()).isEqualTo(11);
            assertThat(p.message()).contains("text not found").contains("We disagree");
        });
    }

    @Test
    void an_unknown_lens_a_duplicate_id_and_a_missing_explanation_are_each_reported_with_their_line() {
        String broken = LESSON.replace("lens: anatomy\n    text", "lens: gossip\n    text")
                .replace("id: ad-2", "id: quote-dong")
                .replace("    explanation: Dong's words, relayed by TASS.\n", "");

        LessonFileException e = problemsOf(broken);

        assertThat(e.problems()).extracting(LessonProblem::toString).anySatisfy(p ->
                assertThat(p).startsWith("demo/lesson.yaml:15:").contains("unknown lens \"gossip\""));
        assertThat(e.problems()).extracting(LessonProblem::toString).anySatisfy(p ->
                assertThat(p).startsWith("demo/lesson.yaml:14:").contains("used twice"));
        assertThat(e.problems()).extracting(LessonProblem::toString).anySatisfy(p ->
                assertThat(p).startsWith("demo/lesson.yaml:9:").contains("no \"explanation\""));
    }

    @Test
    void ambiguous_text_needs_an_occurrence() {
        LessonFileException e = problemsOf(LESSON.replace("    occurrence: 2\n", ""));

        assertThat(e.getMessage()).contains("occurs 2 times; add occurrence: 1 to 2");
    }

    @Test
    void an_occurrence_beyond_the_text_is_a_problem() {
        assertThat(problemsOf(LESSON.replace("occurrence: 2", "occurrence: 3")).getMessage())
                .contains("occurrence 3 but the text occurs 2 times");
    }

    @Test
    void unknown_keys_and_facts_of_another_lens_are_reported() {
        String broken = LESSON.replace("    part: furniture\n", "    speaker: nobody\n")
                .replace("minutes: 10", "minutes: 10\ncolour: red");

        assertThat(problemsOf(broken).problems()).extracting(LessonProblem::message)
                .contains("unknown key \"colour\" in lesson.yaml",
                        "unknown key \"speaker\" in annotation ad-2 (lens anatomy)");
    }

    @Test
    void a_step_revealing_an_unknown_annotation_or_an_unrevealed_annotation_is_a_problem() {
        assertThat(problemsOf(LESSON.replace("reveal: [ad-2]", "reveal: [ad-3]")).problems())
                .extracting(LessonProblem::message)
                .contains("step page reveals \"ad-3\", which is no annotation of this lesson",
                        "annotation \"ad-2\" is revealed by no step");
    }

    @Test
    void the_slug_must_match_the_folder() {
        assertThat(problemsOf(LESSON.replace("slug: demo", "slug: other")).getMessage())
                .contains("must equal the folder name \"demo\"");
    }

    @Test
    void broken_yaml_and_a_bad_block_header_name_their_lines() {
        assertThat(problemsOf(LESSON.replace("title: A demo lesson", "title: [unclosed")).getMessage())
                .startsWith("demo/lesson.yaml:");
        LessonFileException e = catchThrowableOfType(LessonFileException.class,
                () -> reader.read("demo", ARTICLE.replace("[headline]", "[headlin]"), LESSON));
        assertThat(e.problems()).first().hasToString(
                "demo/article.txt:4: unknown block kind [headlin]; use headline, standfirst, paragraph, caption,"
                        + " credit or furniture");
    }

    @Test
    void a_missing_date_format_is_explained() {
        assertThat(problemsOf(LESSON.replace("2024-04-26", "26 April 2024")).getMessage())
                .contains("date must be written 2024-04-26");
    }

    @Test
    void a_lesson_without_steps_is_refused() {
        String noSteps = LESSON.substring(0, LESSON.indexOf("steps:"));
        assertThatThrownBy(() -> reader.read("demo", ARTICLE, noSteps)).isInstanceOf(LessonFileException.class)
                .hasMessageContaining("no steps");
    }

    private LessonFileException problemsOf(String lessonYaml) {
        LessonFileException e = catchThrowableOfType(LessonFileException.class,
                () -> reader.read("demo", ARTICLE, lessonYaml));
        assertThat(e).as("a problem was expected").isNotNull();
        return e;
    }

    @Test
    void a_text_longer_than_what_is_stored_is_a_problem_on_its_line() {
        String long501 = "x".repeat(501);

        LessonFileException e = catchThrowableOfType(LessonFileException.class, () -> reader.read("demo", ARTICLE,
                LESSON.replace("title: A demo lesson", "title: " + long501).replace("outlet: Daily", "outlet: "
                        + "y".repeat(201))));

        assertThat(e.problems()).extracting(LessonProblem::toString).containsExactly(
                "demo/lesson.yaml:6: \"outlet\" is 201 characters long; at most 200 fit",
                "demo/lesson.yaml:2: \"title\" is 501 characters long; at most 500 fit");
    }
}
